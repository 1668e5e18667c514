"""Admin screen: import a week of a timetable page from a spreadsheet (button on the page)."""

import datetime

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone

from portal.timetables.importing import COLUMNS, import_week
from portal.timetables.models import TimetablePage


def this_monday():
    today = timezone.localdate()
    return today - datetime.timedelta(days=today.weekday())


class ImportForm(forms.Form):
    week_start = forms.DateField(
        label="Tuần (ngày bất kỳ trong tuần)",
        input_formats=["%d/%m/%Y", "%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"required": "Vui lòng chọn tuần.", "invalid": "Ngày không hợp lệ (dd/mm/yyyy)."},
    )
    file = forms.FileField(
        label="Tệp thời khóa biểu (.xlsx hoặc .csv)",
        error_messages={"required": "Vui lòng chọn tệp .xlsx hoặc .csv."},
    )
    note = forms.CharField(label="Ghi chú (ví dụ “Áp dụng từ 08/12”)", max_length=255, required=False)


def import_view(request, page_id):
    page = get_object_or_404(TimetablePage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied("Bạn không có quyền sửa trang này.")
    form = ImportForm(request.POST or None, request.FILES or None, initial={"week_start": this_monday()})
    errors = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        result = import_week(
            page, form.cleaned_data["week_start"], upload.read(), upload.name, form.cleaned_data["note"]
        )
        if not result.errors:
            week = result.week
            messages.success(
                request,
                f"Đã nhập {result.count} dòng cho tuần {week.week_start:%d/%m/%Y} – {week.week_end:%d/%m/%Y}.",
            )
            return redirect("wagtailadmin_explore", page.get_parent().pk)
        errors = result.errors
    return TemplateResponse(
        request,
        "timetables/admin/import.html",
        {"page": page, "form": form, "errors": errors, "columns": [v[0] for v in COLUMNS.values()]},
        status=400 if errors else 200,
    )
