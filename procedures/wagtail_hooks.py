"""Admin integration and named hooks of the procedures app.

Hooks: https://docs.wagtail.org/en/stable/reference/hooks.html and ``portal.core.hooks``.
"""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button

from portal.core.hooks import DOCUMENT_PAGES, PORTAL_SECTION
from procedures import admin_views
from procedures.models import OnlineFormPage, ProcedureFormFile, ProcedurePage


@hooks.register(PORTAL_SECTION)
def claim_procedure_sections():
    return {"thu-tuc-bieu-mau": "procedures.ProcedureIndexPage"}


@hooks.register(DOCUMENT_PAGES)
def procedures_owning(document):
    """Procedures that offer ``document`` as a form: a draft procedure's form is not public."""
    page_ids = ProcedureFormFile.objects.filter(document=document).values("page_id")
    return list(ProcedurePage.objects.filter(pk__in=page_ids))


@hooks.register("register_admin_urls")
def procedures_admin_urls():
    return [
        path("thu-tuc/ho-so/", admin_views.submission_view, name="procedures_submission"),
        path("thu-tuc/ho-so/<str:code>/xoa/", admin_views.erase_view, name="procedures_submission_erase"),
        path("thu-tuc/tep/<int:file_id>/", admin_views.file_view, name="procedures_submission_file"),
        path("thu-tuc/bieu-mau/<int:page_id>/xuat.<str:kind>", admin_views.export_view, name="procedures_export"),
    ]


@hooks.register("register_admin_menu_item")
def submissions_menu_item():
    return MenuItem("Hồ sơ trực tuyến", reverse("procedures_submission"), icon_name="form", order=330)


@hooks.register("register_page_header_buttons")
def export_buttons(page, user, view_name, next_url=None):
    if page.specific_class is OnlineFormPage:
        yield Button(
            "Xuất hồ sơ (Excel)",
            reverse("procedures_export", args=[page.pk, "xlsx"]),
            icon_name="download",
            priority=20,
        )
        yield Button(
            "Xuất hồ sơ (CSV)", reverse("procedures_export", args=[page.pk, "csv"]), icon_name="download", priority=21
        )
