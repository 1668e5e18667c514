"""Admin view: replace a yearbook page's rows from an XLSX/CSV file, saved as a draft revision.

A draft rather than a publish: the figures go public through the editorial
board's usual review (Wagtail workflow), and nothing changes on a broken file.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse

from portal.text.spreadsheets import SpreadsheetError, check_size
from portal.yearbook.levels import current_is_district, current_level
from portal.yearbook.models import YearbookPage, YearbookRow
from portal.yearbook.tabular import YearbookImportError, columns, parse_rows, validate_rows


class YearbookUploadForm(forms.Form):
    file = forms.FileField(
        label="Tệp số liệu niên giám",
        help_text="Tệp Excel (.xlsx) hoặc CSV (.csv) cùng mẫu với tệp tải về từ trang niên giám, tối đa 5 MB. "
        "Số liệu trong tệp thay thế toàn bộ số liệu hiện có và được lưu thành bản nháp.",
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        try:
            check_size(upload.size)
        except SpreadsheetError as error:
            raise forms.ValidationError(error.messages) from error
        return upload


def import_rows(request, page_id):
    page = get_object_or_404(YearbookPage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    errors = []
    form = YearbookUploadForm()
    if current_is_district():
        errors = ["Trang niên giám của cơ quan quản lý tự tổng hợp số liệu của các trường; không nhập tệp."]
    elif request.method == "POST":
        form = YearbookUploadForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                rows = parse_rows(upload.read(), upload.name, current_level())
                validate_rows(rows)
            except YearbookImportError as error:
                errors = error.messages
            else:
                draft = page.get_latest_revision_as_object()
                draft.rows = [YearbookRow(**values) for values in rows]
                draft.save_revision(user=request.user, log_action=True)
                messages.success(
                    request,
                    f"Đã nhập {len(rows)} năm học từ “{upload.name}” thành bản nháp; hãy kiểm tra rồi xuất bản.",
                )
                return redirect("wagtailadmin_pages:edit", page.pk)
    context = {
        "page": page,
        "form": form,
        "errors": errors,
        "columns": [header for _field, header in columns(current_level())],
    }
    return TemplateResponse(request, "yearbook/admin/import.html", context)
