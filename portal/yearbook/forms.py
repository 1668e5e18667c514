"""Admin form of the yearbook page: one row per school year; the district enters none."""

from portal.core.forms import BasePageForm
from portal.yearbook.levels import current_is_district

DISTRICT_ROWS_MESSAGE = (
    "Trang niên giám của cơ quan quản lý tự tổng hợp số liệu đã xuất bản của các trường; "
    "không nhập số liệu theo năm học tại đây."
)


def duplicate_years(years):
    seen, duplicates = set(), []
    for year in years:
        if year in seen and year not in duplicates:
            duplicates.append(year)
        seen.add(year)
    return duplicates


class YearbookPageForm(BasePageForm):
    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("rows")
        if formset is None or not formset.is_valid():
            return cleaned_data
        kept = [f for f in formset.forms if getattr(f, "cleaned_data", None) and not formset._should_delete_form(f)]
        if kept and current_is_district():
            self.add_error(None, DISTRICT_ROWS_MESSAGE)
        years = [form.cleaned_data.get("school_year") for form in kept]
        for year in duplicate_years(years):
            for form in kept:
                if form.cleaned_data.get("school_year") == year:
                    form.add_error("school_year", f"Năm học {year} đã được nhập ở một dòng khác.")
        return cleaned_data
