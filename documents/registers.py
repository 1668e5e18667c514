"""The register file format (sổ văn bản) shared by import and export: columns, reading XLSX/CSV, values.

Why one module: an export must be importable again (round trip), and real registers kept by schools
have title rows above the header, headers typed without diacritics and dates as text; the reader
tolerates all of that and reports what it can't use in Vietnamese.
"""

import datetime
import re

from portal.text import spreadsheets
from portal.text.spreadsheets import SpreadsheetError, cell_text, header_index

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
_HEADER_KEYS = header_index({key: [label, *aliases] for key, label, aliases in COLUMNS})
MAX_ROWS = 10_000
_DATE_PATTERNS = (
    (re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})"), ("d", "m", "y")),
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?"), ("y", "m", "d")),
)


class RegisterError(SpreadsheetError):
    """The file as a whole can't be used (message in Vietnamese)."""


def header_key(text):
    return _HEADER_KEYS.get(spreadsheets.header_key(text))


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


def _rows_from_table(table):
    """Find the header row (within the first 10) and yield ``(line number, {key: value})``."""
    position = spreadsheets.find_header(
        table.rows, lambda keys: {"number", "title"} <= {_HEADER_KEYS.get(k) for k in keys}
    )
    if position is None:
        raise RegisterError(
            "Không tìm thấy dòng tiêu đề: cần có ít nhất các cột “Số ký hiệu”, “Trích yếu” và “Ngày ban hành” "
            "trong 10 dòng đầu của tệp."
        )
    header = [header_key(cell) for cell in table.rows[position][1]]
    for line, row in table.rows[position + 1 :]:
        values = {key: row[i] for i, key in enumerate(header) if key and i < len(row)}
        if any(cell_text(v) for v in values.values()):
            yield line, values


def read_register(filename, data):
    """Rows of an XLSX or CSV register: a list of ``(line number, {column key: raw value})``."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if extension not in ("xlsx", "csv"):
        raise RegisterError("Chỉ nhận sổ văn bản dạng Excel (.xlsx) hoặc CSV (.csv).")
    try:
        table = spreadsheets.read_table(data, filename, max_rows=MAX_ROWS + 10)
    except SpreadsheetError as error:
        raise RegisterError(error.messages) from error
    rows = list(_rows_from_table(table))
    if rows:
        missing = [label for key, label, _ in COLUMNS if key in REQUIRED and key not in rows[0][1]]
        if missing:
            raise RegisterError("Thiếu cột bắt buộc: " + ", ".join(f"“{m}”" for m in missing) + ".")
    return rows
