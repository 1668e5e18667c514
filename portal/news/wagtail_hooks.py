"""News in the admin (categories as snippets, a Vietnamese menu entry), its sections and home-page box.

https://docs.wagtail.org/en/stable/topics/snippets/customising.html
"""

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.core.hooks import HOME_BOX, PORTAL_SECTION
from portal.news import home
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


@hooks.register(PORTAL_SECTION)
def claim_news_sections():
    return {"tin-tuc": "news.NewsIndexPage", "thong-bao": "news.NoticeIndexPage"}


hooks.register(HOME_BOX, home.home_box)
