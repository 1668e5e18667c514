"""Export of the (filtered) public list to XLSX, in the register format the import reads back.

Dates are real date cells shown dd/mm/yyyy; relations list the numbers, ``;``-separated; the download
links are absolute URLs (a school's export of district documents points at the district's site).
https://openpyxl.readthedocs.io/en/stable/
"""

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from documents.queries import today
from documents.registers import COLUMNS, EXPORT_ONLY
from portal.text.spreadsheets import append_row, new_workbook, workbook_bytes

EXPORTED = [key for key, _, _ in COLUMNS if key != "files"] + [key for key, _ in EXPORT_ONLY]
LABELS = {**{key: label for key, label, _ in COLUMNS}, **dict(EXPORT_ONLY)}
WIDTHS = {
    "stt": 6,
    "number": 20,
    "type": 16,
    "issuer": 28,
    "title": 60,
    "abstract": 40,
    "signer": 24,
    "field": 22,
    "url": 40,
    "file_urls": 50,
    "status": 18,
    "source": 22,
}
DATE_KEYS = ("issue_date", "effective_date", "expiry_date")


def export_filename(source):
    return f"van-ban-{source}-{today():%Y%m%d}.xlsx"


def _absolute(url, request):
    if request is None or url.startswith(("http://", "https://")):
        return url
    return request.build_absolute_uri(url)


def _row(position, item, request):
    return {
        "stt": position,
        "number": item.number,
        "type": item.type_label,
        "issuer": item.issuer_name,
        "issue_date": item.issue_date,
        "effective_date": item.effective_date,
        "expiry_date": item.expiry_date,
        "title": item.title,
        "abstract": item.abstract,
        "signer": item.signer,
        "field": item.field_label,
        "replaces": "; ".join(item.relations.get("replaces", [])),
        "amends": "; ".join(item.relations.get("amends", [])),
        "guides": "; ".join(item.relations.get("guides", [])),
        "status": item.status_label,
        "url": _absolute(item.url, request),
        "file_urls": "\n".join(_absolute(f["url"], request) for f in item.files),
        "source": item.source,
    }


def export_items(items, *, request=None):
    """XLSX bytes: a header row, one row per ``listing.ListItem``."""
    workbook, sheet = new_workbook("Sổ văn bản")
    append_row(sheet, [LABELS[key] for key in EXPORTED])
    header_fill = PatternFill("solid", fgColor="0B4F8A")
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = header_fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for position, item in enumerate(items, start=1):
        row = _row(position, item, request)
        append_row(sheet, [row[key] for key in EXPORTED])  # titles like "=HYPERLINK(...)" stay text
    for index, key in enumerate(EXPORTED, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = WIDTHS.get(key, 14)
        if key in DATE_KEYS:
            for cell in sheet[letter][1:]:
                cell.number_format = "DD/MM/YYYY"
        if key in ("title", "abstract", "file_urls"):
            for cell in sheet[letter][1:]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    return workbook_bytes(workbook)
