"""Submissions of an online form as XLSX or CSV, through the shared spreadsheet module.

Why not Wagtail's own export: every spreadsheet the portal writes goes through
``portal.text.spreadsheets`` so a submitted "=HYPERLINK(...)" cannot become a formula in the office's
Excel (CSV injection), and the headers are the Vietnamese labels editors gave the fields.
"""

from django.utils import timezone

from portal.text import ascii_slug
from portal.text.spreadsheets import csv_bytes, xlsx_bytes
from procedures.online_forms import display_value

FORMATS = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
}


def submission_lines(page):
    """Header then one line per submission, oldest first: code, time, each field, attached files."""
    fields = [(name, label) for name, label in page.get_data_fields() if name not in ("reference_code", "submit_time")]
    header = ["Mã hồ sơ", "Thời gian nộp", *(str(label) for _name, label in fields), "Tệp đính kèm"]
    lines = [header]
    submissions = page.get_submissions().order_by("submit_time").prefetch_related("files")
    for submission in submissions:
        data = submission.form_data
        lines.append(
            [
                submission.reference_code,
                timezone.localtime(submission.submit_time).strftime("%d/%m/%Y %H:%M"),
                *(display_value(data.get(name)) for name, _label in fields),
                ", ".join(item.original_name for item in submission.files.all()),
            ]
        )
    return lines


def export(page, kind):
    """(bytes, content type, file name) of the page's submissions in ``kind`` (``xlsx`` or ``csv``)."""
    lines = submission_lines(page)
    name = f"ho-so-{ascii_slug(page.slug or page.title)[:60]}-{timezone.localdate():%Y%m%d}.{kind}"
    if kind == "csv":
        return csv_bytes(lines), FORMATS["csv"], name
    return xlsx_bytes(lines, sheet_title="Hồ sơ", title=page.title), FORMATS["xlsx"], name
