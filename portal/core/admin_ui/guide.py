"""A short Vietnamese editor's guide in the admin, linked from the help menu instead of Wagtail's English one.

Wagtail's help menu offers "Hướng dẫn biên tập" pointing at guide.wagtail.org (English) and "Có gì mới
trong Wagtail" (a developer's note); both are replaced by our guide. The guide is a template, so a
project can extend it without code.
"""

from django.urls import path, reverse
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.menu import MenuItem

WAGTAIL_HELP_ITEMS = ("editor-guide", "whats-new-in-wagtail-")


class EditorGuideView(TemplateView):
    template_name = "core/admin/editor_guide.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(**kwargs, page_title="Hướng dẫn biên tập")


@hooks.register("register_admin_urls")
def editor_guide_urls():
    return [path("huong-dan/", EditorGuideView.as_view(), name="editor_guide")]


@hooks.register("construct_help_menu")
def vietnamese_help(request, menu_items):
    menu_items[:] = [item for item in menu_items if not item.name.startswith(WAGTAIL_HELP_ITEMS)]
    menu_items.insert(0, MenuItem("Hướng dẫn biên tập", reverse("editor_guide"), icon_name="help", order=100))
