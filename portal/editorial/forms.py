"""Checks of the board record, in Vietnamese: a well-formed decision number, exactly one head."""

from django.core.exceptions import ValidationError
from wagtail.admin.forms import WagtailAdminModelForm

from portal.text.numbering import DocumentNumberError, parse_document_number


def validate_decision_number(value):
    try:
        parse_document_number(value)
    except DocumentNumberError as error:
        raise ValidationError(str(error)) from error


class EditorialBoardForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("members")
        if formset is None or not formset.is_valid():
            return cleaned
        rows = [
            form.cleaned_data
            for form in formset.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE") and form.cleaned_data.get("full_name")
        ]
        heads = [row for row in rows if row.get("role") == "head"]
        if rows and len(heads) != 1:
            raise ValidationError(
                f"Ban Biên tập phải có đúng một Trưởng ban (đang khai báo {len(heads)}). "
                "Trưởng ban là lãnh đạo đơn vị, người duyệt tin bài trước khi xuất bản."
            )
        if rows and not (cleaned.get("decision_number") and cleaned.get("decision_date")):
            raise ValidationError("Vui lòng nhập số và ngày ký quyết định thành lập Ban Biên tập.")
        return cleaned
