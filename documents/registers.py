"""The register file format (sổ văn bản) shared by import and export: columns, reading XLSX/CSV, values.

Why one module: an export must be importable again (round trip), and real registers kept by schools
have title rows above the header, headers typed without diacritics and dates as text; the reader
tolerates all of that and reports what it can't use in Vietnamese.
"""

import csv
import datetime
import io
import re

from portal.text import ascii_slug, nfc
from portal.text.legacy import decode_bytes

# (key, header written by the export, other headers accepted on import)
COLUMNS = [
    ("stt", "STT", ["so thu tu", "tt"]),
    ("number", "Số ký hiệu", ["so hieu", "so van ban", "so ky hieu van ban", "so"]),
    ("type", "Hình thức văn bản", ["loai van ban", "hinh thuc", "loai"]),
    ("issuer", "Cơ quan ban hành", ["tham quyen ban hanh", "noi ban hanh", "co quan"]),
    ("issue_date", "Ngày ban hành", ["ngay ky", "ngay van ban"]),
    ("effective_date", "Ngày có hiệu lực", ["ngay hieu luc", "hieu luc tu ngay", "co hieu luc tu"]),
    ("expiry_date", "Ngày hết hiệu lực", ["het hieu luc", "het hieu luc tu ngay"]),
    ("title", "Trích yếu", ["trich yeu noi dung", "tieu de", "ten van ban"]),
    ("abstract", "Tóm tắt nội dung", ["tom tat", "noi dung"]),
    ("signer", "Người ký", ["nguoi ky van ban"]),
    ("field", "Lĩnh vực", ["linh vuc van ban"]),
    ("replaces", "Thay thế văn bản", ["thay the", "thay the cho"]),
    ("amends", "Sửa đổi, bổ sung văn bản", ["sua doi", "sua doi bo sung", "sua doi, bo sung"]),
    ("guides", "Hướng dẫn thi hành văn bản", ["huong dan", "huong dan thi hanh"]),
    ("files", "Tệp đính kèm", ["tep", "file", "tep tin", "ten tep"]),
]
EXPORT_ONLY = [("status", "Hiệu lực"), ("url", "Đường dẫn"), ("file_urls", "Tệp tải về"), ("source", "Nguồn")]
REQUIRED = ("number", "issue_date", "title")
_HEADER_KEYS = {}
for _key, _label, _aliases in COLUMNS:
    for _alias in [_label, *_aliases]:
        _HEADER_KEYS[ascii_slug(_alias)] = _key
MAX_ROWS = 10_000
_DATE_PATTERNS = (
    (re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})"), ("d", "m", "y")),
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?"), ("y", "m", "d")),
)


class RegisterError(ValueError):
    """The file as a whole can't be used (message in Vietnamese)."""


def header_key(text):
    return _HEADER_KEYS.get(ascii_slug(str(text or "")))


def cell_text(value):
    """A cell as clean NFC text ("" for empty); dates are left to :func:`parse_date`."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return nfc(str(value)).strip()


def parse_date(value):
    """A date from a cell: a real date, ``dd/mm/yyyy`` (also ``.`` or ``-``) or ``yyyy-mm-dd``; None if empty.

    Raises ``ValueError`` with a Vietnamese message for anything else.
    """
    if value in (None, ""):
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = cell_text(value)
    for pattern, order in _DATE_PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            parts = dict(zip(order, (int(g) for g in match.groups()), strict=True))
            try:
                return datetime.date(parts["y"], parts["m"], parts["d"])
            except ValueError:
                break
    raise ValueError(f"“{text}” không phải ngày hợp lệ (dạng ngày/tháng/năm, ví dụ 28/12/2017)")


def split_list(value):
    """``"1031/PGDĐT-CNTT; 1280/PGDĐT-CNTT"`` (also newlines or "|") -> a list of items."""
    return [item.strip() for item in re.split(r"[;\n|]+", cell_text(value)) if item.strip()]


def _rows_from_matrix(matrix):
    """Find the header row (within the first 10) and yield ``(line number, {key: value})``."""
    header, header_line = None, 0
    for line, row in enumerate(matrix, start=1):
        if header is None:
            keys = [header_key(cell) for cell in row]
            if "number" in keys and "title" in keys:
                header, header_line = keys, line
            elif line >= 10:
                break
            continue
        values = {key: row[i] for i, key in enumerate(header) if key and i < len(row)}
        if any(cell_text(v) for v in values.values()):
            yield line, values
        if line - header_line > MAX_ROWS:
            raise RegisterError(f"Tệp có quá {MAX_ROWS} dòng; vui lòng chia nhỏ tệp.")
    if header is None:
        raise RegisterError(
            "Không tìm thấy dòng tiêu đề: cần có ít nhất các cột “Số ký hiệu”, “Trích yếu” và “Ngày ban hành” "
            "trong 10 dòng đầu của tệp."
        )


def read_register(filename, data):
    """Rows of an XLSX or CSV register: a list of ``(line number, {column key: raw value})``."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if extension == "xlsx":
        matrix = _xlsx_matrix(data)
    elif extension == "csv":
        matrix = _csv_matrix(data)
    else:
        raise RegisterError("Chỉ nhận sổ văn bản dạng Excel (.xlsx) hoặc CSV (.csv).")
    rows = list(_rows_from_matrix(matrix))
    if rows:
        missing = [label for key, label, _ in COLUMNS if key in REQUIRED and key not in rows[0][1]]
        if missing:
            raise RegisterError("Thiếu cột bắt buộc: " + ", ".join(f"“{m}”" for m in missing) + ".")
    return rows


def _xlsx_matrix(data):
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise RegisterError("Không đọc được tệp Excel: tệp bị hỏng hoặc không phải định dạng .xlsx.") from error
    sheet = workbook.worksheets[0]
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def _csv_matrix(data):
    text, _ = decode_bytes(data)
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return list(csv.reader(io.StringIO(text), dialect))
