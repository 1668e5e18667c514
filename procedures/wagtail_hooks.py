"""Admin integration and named hooks of the procedures app.

Hooks: https://docs.wagtail.org/en/stable/reference/hooks.html and ``portal.core.hooks``.
"""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button

from portal.core.hooks import DOCUMENT_PAGES, PERIODIC_TASK, PORTAL_SECTION, PeriodicTask
from procedures import admin_lookups, admin_views
from procedures.admin_questions import ApplicationViewSet, CandidateViewSet, CommentViewSet, QuestionViewSet
from procedures.models import (
    ConsultationDraft,
    ConsultationPage,
    DiplomaLookupPage,
    ExamRegistrationPage,
    ExamResultLookupPage,
    OnlineFormPage,
    ProcedureFormFile,
    ProcedurePage,
)
from procedures.projection import refresh_all


@hooks.register(PORTAL_SECTION)
def claim_procedure_sections():
    return {
        "thu-tuc-bieu-mau": "procedures.ProcedureIndexPage",
        "lay-y-kien": "procedures.ConsultationIndexPage",
        "tra-cuu": "procedures.LookupIndexPage",
    }


@hooks.register(DOCUMENT_PAGES)
def procedures_owning(document):
    """Procedures offering ``document`` as a form, consultations offering it as a draft (privacy follows them)."""
    page_ids = ProcedureFormFile.objects.filter(document=document).values("page_id")
    draft_ids = ConsultationDraft.objects.filter(document=document).values("page_id")
    return [*ProcedurePage.objects.filter(pk__in=page_ids), *ConsultationPage.objects.filter(pk__in=draft_ids)]


@hooks.register("register_admin_urls")
def procedures_admin_urls():
    return [
        path("thu-tuc/ho-so/", admin_views.submission_view, name="procedures_submission"),
        path("thu-tuc/ho-so/<str:code>/xoa/", admin_views.erase_view, name="procedures_submission_erase"),
        path("thu-tuc/tep/<int:file_id>/", admin_views.file_view, name="procedures_submission_file"),
        path("thu-tuc/bieu-mau/<int:page_id>/xuat.<str:kind>", admin_views.export_view, name="procedures_export"),
        path("tra-cuu/<int:page_id>/nhap/", admin_lookups.import_view, name="procedures_lookup_import"),
        path("thi/<int:page_id>/danh-so/", admin_lookups.assign_numbers_view, name="procedures_assign_numbers"),
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
    if page.specific_class is ExamRegistrationPage:
        yield Button(
            "Đánh số báo danh, xếp phòng",
            reverse("procedures_assign_numbers", args=[page.pk]),
            icon_name="list-ol",
            priority=20,
        )
    if page.specific_class in (ExamResultLookupPage, DiplomaLookupPage):
        yield Button(
            "Nhập dữ liệu tra cứu", reverse("procedures_lookup_import", args=[page.pk]), icon_name="upload", priority=20
        )


@hooks.register("register_admin_viewset")
def register_questions():
    return QuestionViewSet("hoi_dap", url_prefix="hoi-dap")


@hooks.register("register_admin_viewset")
def register_comments():
    return CommentViewSet("gop_y", url_prefix="gop-y")


@hooks.register("register_admin_viewset")
def register_applications():
    return ApplicationViewSet("xet_tuyen", url_prefix="xet-tuyen")


@hooks.register("register_admin_viewset")
def register_candidates():
    return CandidateViewSet("thi_sinh", url_prefix="thi-sinh")


@hooks.register(PERIODIC_TASK)
def procedures_tasks():
    # Overdue questions change with the date alone: the district's snapshot is rebuilt every 6 hours.
    # Retention of submissions, applications and registrations is the privacy layer's daily job
    # (``personal_data.expire``), from the declarations in ``procedures.privacy``.
    return [PeriodicTask("procedures.qa_timeliness", 6 * 3600, refresh_all)]
