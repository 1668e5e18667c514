"""The dashboard's "Việc hằng ngày" panel: one click to write news, a notice or a document, and one's drafts.

The targets are the mandated sections (``section_key``), so a school that renamed or moved "Tin tức"
still gets the right "add" page; a shortcut shows only when the user may add pages there.
"""

from django.apps import apps
from django.urls import reverse
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import Page

SHORTCUTS = [
    ("Viết tin", "tin-tuc", "news.NewsArticlePage"),
    ("Thêm thông báo", "thong-bao", "news.NoticePage"),
    ("Thêm văn bản", "van-ban", "documents.LegalDocumentPage"),
]
DRAFTS_SHOWN = 8


def shortcuts_for(user):
    found = []
    for label, section_key, model_path in SHORTCUTS:
        model = apps.get_model(model_path)
        parent_model = next((apps.get_model(p) for p in model.parent_page_types or []), None)
        if parent_model is None or not hasattr(parent_model, "section_key"):
            continue
        parent = parent_model.objects.filter(section_key=section_key).first()
        if parent is None or not parent.permissions_for_user(user).can_add_subpage():
            continue
        url = reverse("wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.pk))
        found.append({"label": label, "url": url, "section": parent.title})
    return found


def drafts_of(user):
    """Pages whose latest revision is the user's and not published yet, newest first."""
    return (
        Page.objects.filter(has_unpublished_changes=True, latest_revision__user=user)
        .order_by("-latest_revision_created_at")
        .select_related("latest_revision")[:DRAFTS_SHOWN]
    )


class DailyWorkPanel(Component):
    name = "daily_work"
    template_name = "core/admin/daily_work_panel.html"
    order = 50

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        return {"shortcuts": shortcuts_for(user), "drafts": list(drafts_of(user))}


@hooks.register("construct_homepage_panels")
def add_daily_work_panel(request, panels):
    panels.insert(0, DailyWorkPanel())
