"""Admin import of look-up data: one upload form per look-up page, all-or-nothing, errors per line."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from wagtail.models import Page

from procedures.lookup_import import ImportRowsError, import_diplomas, import_exam_results
from procedures.models import DiplomaLookupPage, ExamRegistrationPage, ExamResultLookupPage

IMPORTERS = {ExamResultLookupPage: import_exam_results, DiplomaLookupPage: import_diplomas}


class UploadForm(forms.Form):
    file = forms.FileField(label="Tệp Excel (.xlsx) hoặc CSV")


def import_view(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    importer = IMPORTERS.get(type(page))
    if importer is None:
        raise PermissionDenied
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    errors = []
    if request.method == "POST":
        form = UploadForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                count, encoding = importer(page, upload.read(), upload.name)
            except ImportRowsError as error:
                errors = error.messages
            else:
                note = f" (đã chuyển chữ từ bảng mã {encoding.upper()} sang Unicode)" if encoding else ""
                messages.success(request, f"Đã nhập {count} dòng vào “{page.title}”{note}.")
                return redirect("procedures_lookup_import", page.pk)
    else:
        form = UploadForm()
    count = page.results.count() if isinstance(page, ExamResultLookupPage) else page.diplomas.count()
    context = {
        "page": page,
        "form": form,
        "errors": errors,
        "count": count,
        "is_exam": isinstance(page, ExamResultLookupPage),
    }
    return TemplateResponse(request, "procedures/admin/lookup_import.html", context)


def assign_numbers_view(request, page_id):
    """Number every confirmed candidate of an exam and fill rooms, after a confirmation (GET asks, POST does)."""
    page = get_object_or_404(ExamRegistrationPage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if request.method != "POST":
        confirmed = page.candidates.filter(status="du_dieu_kien").count()
        return TemplateResponse(request, "procedures/admin/assign_numbers.html", {"page": page, "confirmed": confirmed})
    count = page.assign_numbers()
    messages.success(request, f"Đã đánh số báo danh và xếp phòng cho {count} thí sinh đủ điều kiện.")
    return redirect("wagtailadmin_pages:edit", page.pk)
