"""Admin registration: news categories as snippets, with a Vietnamese menu entry.

https://docs.wagtail.org/en/stable/topics/snippets/customising.html
"""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.news.models import NewsCategory


class NewsCategoryViewSet(SnippetViewSet):
    model = NewsCategory
    icon = "tag"
    menu_label = "Chuyên mục tin"
    menu_name = "news-categories"
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


register_snippet(NewsCategoryViewSet)
