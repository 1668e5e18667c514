"""Admin view: import, inspect and clear the candidate list of an admission notice.

A custom view rather than a field on the page: the list is not page content
(no revisions, see ``Candidate``), and an import must report per-row errors.
https://docs.wagtail.org/en/stable/extending/admin_views.html
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse

from portal.enrollment.forms import CandidateUploadForm
from portal.enrollment.importing import CandidateImportError, column_help, import_candidates
from portal.enrollment.models import AdmissionNoticePage
from portal.personal_data.access import log_access
from portal.personal_data.models import AccessLog

PREVIEW_ROWS = 20


def candidates(request, page_id):
    notice = get_object_or_404(AdmissionNoticePage, pk=page_id)
    if not notice.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    errors = []
    form = CandidateUploadForm()
    if request.method == "POST" and request.POST.get("action") == "clear":
        with transaction.atomic():
            deleted, _ = notice.candidates.all().delete()
        messages.success(request, f"Đã xóa danh sách dự tuyển ({deleted} thí sinh).")
        return redirect("enrollment_candidates", page_id=notice.pk)
    if request.method == "POST":
        form = CandidateUploadForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                report = import_candidates(notice, upload.read(), upload.name, request.user)
            except CandidateImportError as error:
                errors = error.messages
            else:
                log_access(request, AccessLog.Action.IMPORT, "Danh sách dự tuyển", reference=notice.title)
                text = f"Đã nhập {report.count} thí sinh từ “{upload.name}”."
                if report.personal_columns:
                    text += (
                        f" Các cột sau không được lưu để bảo vệ dữ liệu cá nhân: {', '.join(report.personal_columns)}."
                    )
                if report.skipped_lines:
                    skipped = len(report.skipped_lines)
                    text += f" Bỏ qua {skipped} dòng không có STT và ngày sinh (dòng ký tên, ghi chú)."
                messages.success(request, text)
                return redirect("enrollment_candidates", page_id=notice.pk)
    log_access(request, AccessLog.Action.VIEW, "Danh sách dự tuyển", reference=notice.title)
    context = {
        "notice": notice,
        "form": form,
        "errors": errors,
        "total": notice.candidates.count(),
        "preview": notice.candidates.all()[:PREVIEW_ROWS],
        "imports": notice.candidate_imports.select_related("imported_by")[:5],
        "columns": column_help(),
    }
    return TemplateResponse(request, "enrollment/admin/candidates.html", context)
