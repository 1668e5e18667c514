"""The one way the portal reads and writes spreadsheets (XLSX and CSV).

Why one module: candidate lists, yearbook statistics, document registers and the school list were read
with different guards (one capped the unzipped size and closed the workbook, one capped the file size,
one did neither), three header matchers and three CSV sniffers, and no export escaped formulas. Every
reader and writer now goes through here, with the same limits and the same Vietnamese messages.

Reading (:func:`read_table`):

- the file size is capped and an empty file refused; Excel 97-2003 (``.xls``) is refused with advice;
- an ``.xlsx`` is a ZIP: its declared unzipped size and each member's compression ratio are checked
  before openpyxl inflates anything (zip bomb), then it is read in ``read_only`` mode, values only,
  a bounded number of rows and columns, and the workbook is always closed;
- a ``.csv`` is decoded by :func:`portal.text.legacy.decode_bytes` (UTF-8 with or without BOM, UTF-16
  with BOM, Windows-1258, TCVN3, VNI), refused with a Vietnamese message when binary, and its
  delimiter sniffed once (``,`` ``;`` or tab);
- rows keep their line number in the file, so errors say "Dòng 12: ...".

Headers are matched with :func:`header_key` (NFC, diacritics folded, case, spaces and punctuation,
bracketed notes dropped): “Ngày sinh (dd/mm/yyyy)”, “NGAY SINH” and “ngày  sinh” are the same column.

Writing (:func:`xlsx_bytes`, :func:`csv_bytes`, :func:`append_row`): every text cell beginning with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return is neutralised (CSV/formula injection, issue 9
hole 8): in XLSX it is stored as a string cell, never a formula; in CSV it is prefixed with ``'``, which
:func:`read_table` strips again so an export can be re-imported unchanged.
https://owasp.org/www-community/attacks/CSV_Injection
"""

import csv
import datetime
import io
import re
import zipfile
from dataclasses import dataclass, field

import openpyxl
from openpyxl.cell.cell import TYPE_STRING
from openpyxl.styles import Font

from portal.text.legacy import decode_bytes
from portal.text.normalize import fold, nfc

MAX_FILE_SIZE = 5 * 1024 * 1024
# A 5 MB .xlsx that inflates past this is broken or hostile (zip bomb).
MAX_UNZIPPED_SIZE = 100 * 1024 * 1024
# Real sheets compress about 5-20 times; thousands of times is a bomb.
MAX_COMPRESSION_RATIO = 200
MAX_ROWS = 10_000
MAX_COLUMNS = 60
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
BOM = "\ufeff"
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
CSV_DELIMITERS = ",;\t"


class SpreadsheetError(ValueError):
    """The file cannot be read; ``messages`` are Vietnamese sentences for the editor."""

    def __init__(self, messages, code=""):
        self.messages = [messages] if isinstance(messages, str) else list(messages)
        self.code = code  # e.g. "too_many_rows", for a caller that words that case itself
        super().__init__("; ".join(self.messages))


@dataclass
class Table:
    """The first sheet of a file: ``rows`` are ``(line number, [cell, ...])``, empty lines included."""

    rows: list = field(default_factory=list)
    encoding: str = ""
    kind: str = "xlsx"

    def lines(self):
        """The cells of each row, without line numbers."""
        return [cells for _number, cells in self.rows]


def _megabytes(size, *, whole=False):
    text = f"{size / 1024 / 1024:.1f}".replace(".", ",")
    return text.removesuffix(",0") if whole else text


def _thousands(number):
    return f"{number:,}".replace(",", ".")


def check_size(size, max_size=MAX_FILE_SIZE):
    if size == 0:
        raise SpreadsheetError("Tệp rỗng: không có dữ liệu.")
    if size > max_size:
        raise SpreadsheetError(
            f"Tệp quá lớn ({_megabytes(size)} MB); dung lượng tối đa là {_megabytes(max_size, whole=True)} MB."
        )


def too_many_rows(max_rows):
    message = f"Tệp có quá nhiều dòng: tối đa {_thousands(max_rows)} dòng; hãy chia nhỏ tệp."
    return SpreadsheetError(message, code="too_many_rows")


def read_table(data, file_name, *, max_size=MAX_FILE_SIZE, max_rows=MAX_ROWS, max_columns=MAX_COLUMNS, utf8_only=False):
    """Rows of the first sheet of an ``.xlsx`` or of a ``.csv`` (kind decided by name and content)."""
    check_size(len(data), max_size)
    name = (file_name or "").lower()
    if data.startswith(OLE2_MAGIC) or name.endswith(".xls"):
        raise SpreadsheetError(
            "Định dạng Excel 97-2003 (.xls) không được hỗ trợ: hãy mở tệp bằng Excel và lưu lại dạng "
            "“Sổ làm việc Excel (.xlsx)” hoặc “CSV UTF-8”."
        )
    if name.endswith(".xlsx") or data.startswith(ZIP_MAGIC):
        return read_xlsx(data, max_rows=max_rows, max_columns=max_columns)
    if name.endswith((".csv", ".txt")):
        return read_csv(data, max_rows=max_rows, max_columns=max_columns, utf8_only=utf8_only)
    raise SpreadsheetError("Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv).")


BROKEN_XLSX = (
    "Tệp không phải bảng tính Excel .xlsx hợp lệ (tệp bị hỏng hoặc đổi đuôi). Hãy mở bằng Excel, kiểm tra và lưu lại."
)


def check_zip(data):
    """Refuse a ZIP that would inflate past the caps, before anything is decompressed."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError) as error:
        raise SpreadsheetError(BROKEN_XLSX) from error
    if sum(info.file_size for info in members) > MAX_UNZIPPED_SIZE:
        raise SpreadsheetError("Tệp Excel quá lớn khi giải nén (có thể là tệp độc hại); hãy chia nhỏ tệp.")
    for info in members:
        if info.file_size > 1024 * 1024 and info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1):
            raise SpreadsheetError("Tệp Excel nén bất thường (có thể là tệp độc hại); hãy mở bằng Excel và lưu lại.")


def read_xlsx(data, *, max_rows=MAX_ROWS, max_columns=MAX_COLUMNS):
    check_zip(data)
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # a corrupt workbook fails in many ways (KeyError, XML errors...)
        raise SpreadsheetError(BROKEN_XLSX) from error
    try:
        if not workbook.worksheets:
            raise SpreadsheetError("Tệp Excel không có trang tính nào.")
        rows = []
        sheet = workbook.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True, max_col=max_columns), start=1):
            if number > max_rows:
                raise too_many_rows(max_rows)
            rows.append((number, list(values)))
    except SpreadsheetError:
        raise
    except Exception as error:  # broken sheet XML surfaces only while iterating
        raise SpreadsheetError(BROKEN_XLSX) from error
    finally:
        workbook.close()
    return Table(rows=rows, kind="xlsx")


NOT_UTF8 = (
    "Tệp CSV không ở bảng mã UTF-8 nên tiếng Việt sẽ bị lỗi font. Trong Excel hãy chọn “Lưu thành” → "
    "“CSV UTF-8 (phân cách bằng dấu phẩy)” rồi gửi lại tệp."
)


def decode_csv(data, *, utf8_only=False):
    """``(text, encoding)`` of CSV bytes; a Vietnamese error when binary or in no Vietnamese encoding.

    Accepted: UTF-8 (with or without BOM), UTF-16 with BOM and, unless ``utf8_only`` (where names must be
    exact, e.g. the school list), Windows-1258, TCVN3 and VNI. A file that decodes only as Windows-1252
    holds no Vietnamese at all but non-ASCII bytes: garbled text, refused rather than stored.
    """
    text, encoding = decode_bytes(data)
    if "\x00" in text or "\ufffd" in text or any(ord(ch) < 32 and ch not in "\t\r\n" for ch in text[:65536]):
        raise SpreadsheetError(
            "Không đọc được tệp CSV: tệp chứa ký tự nhị phân hoặc dùng bảng mã không nhận dạng được. "
            "Hãy lưu lại từ Excel dạng “CSV UTF-8 (phân cách bằng dấu phẩy)”."
        )
    if encoding == "cp1252" or (utf8_only and encoding.split("+")[0] not in ("utf-8", "utf-8-sig", "utf-16")):
        raise SpreadsheetError(NOT_UTF8, code="encoding")
    return text.removeprefix(BOM), encoding


def sniff_dialect(text):
    """The CSV dialect (``,`` ``;`` or tab delimited) from the start of the text; Excel's by default."""
    try:
        return csv.Sniffer().sniff(text[:8192], delimiters=CSV_DELIMITERS)
    except csv.Error:
        return csv.excel


def read_csv(data, *, max_rows=MAX_ROWS, max_columns=MAX_COLUMNS, utf8_only=False):
    text, encoding = decode_csv(data, utf8_only=utf8_only)
    rows = []
    try:
        for number, values in enumerate(csv.reader(io.StringIO(text, newline=""), sniff_dialect(text)), start=1):
            if number > max_rows:
                raise too_many_rows(max_rows)
            rows.append((number, [unescape_cell(value) for value in values[:max_columns]]))
    except csv.Error as error:
        raise SpreadsheetError(f"Tệp CSV sai cấu trúc ở dòng {len(rows) + 1}: {error}.") from error
    return Table(rows=rows, encoding=encoding, kind="csv")


# --- headers and cells -------------------------------------------------------------------------------------

_BRACKETS = re.compile(r"[(\[].*?[)\]]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def header_key(text):
    """Comparison key of a header: ``"Ngày  SINH (dd/mm/yyyy)"`` -> ``"ngay sinh"``."""
    text = _BRACKETS.sub(" ", nfc(str(text or "")))
    return " ".join(_NON_ALNUM.sub(" ", fold(text).lower()).split())


def header_index(spellings):
    """``{header_key: field}`` from ``{field: [accepted spellings, with or without diacritics]}``."""
    return {header_key(spelling): name for name, values in spellings.items() for spelling in values}


def match_header(cells, index):
    """``({field: column position}, [unknown header texts])`` of a header row; the first match wins."""
    mapping, unknown = {}, []
    for position, cell in enumerate(cells):
        key = header_key(cell)
        if not key:
            continue
        name = index.get(key)
        if name is None:
            unknown.append(nfc(str(cell)).strip())
        elif name not in mapping:
            mapping[name] = position
    return mapping, unknown


def find_header(rows, is_header, within=10):
    """The position in ``rows`` of the first row (among the first ``within``) whose keys satisfy ``is_header``."""
    for position, (_number, cells) in enumerate(rows[:within]):
        if is_header([header_key(cell) for cell in cells]):
            return position
    return None


def cell_text(value):
    """A cell as NFC text with single spaces ("" when empty; ``3.0`` reads ``"3"``, a date ``dd/mm/yyyy``).

    The one reading of a cell as text for every import (documents, candidate lists, look-ups, schools).
    """
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime.datetime | datetime.date):
        return value.strftime("%d/%m/%Y")
    return " ".join(nfc(str(value)).split())


def is_blank(cells):
    return not any(cell_text(cell) for cell in cells)


def row_error(line, message):
    """``"Dòng 12: ..."``: every per-row message names the line of the file."""
    return f"Dòng {line}: {message}"


# --- writing -----------------------------------------------------------------------------------------------


def is_formula_like(value):
    return isinstance(value, str) and value.startswith(FORMULA_TRIGGERS)


def escape_csv_cell(value):
    """A CSV cell that a spreadsheet will not evaluate: text starting like a formula gets a leading ``'``."""
    if value is None:
        return ""
    return "'" + value if is_formula_like(value) else value


def unescape_cell(value):
    """Undo :func:`escape_csv_cell` on import, so exported files read back unchanged."""
    if isinstance(value, str) and value.startswith("'") and value[1:].startswith(FORMULA_TRIGGERS):
        return value[1:]
    return value


def append_row(sheet, values):
    """``sheet.append(values)`` where text is always a string cell: openpyxl would store ``=...`` as a formula."""
    sheet.append(list(values))
    for cell in sheet[sheet.max_row]:
        if is_formula_like(cell.value):
            cell.data_type = TYPE_STRING
    return sheet[sheet.max_row]


def new_workbook(sheet_title, title=""):
    """``(workbook, sheet)`` for a custom export (styles, widths); add rows with :func:`append_row`."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = sheet_title[:31]
    if title:
        workbook.properties.title = title
    return workbook, sheet


def workbook_bytes(workbook):
    buffer = io.BytesIO()
    workbook.save(buffer)
    workbook.close()
    return buffer.getvalue()


def xlsx_bytes(lines, *, sheet_title, title=""):
    """A plain export: bold header line, columns sized to content, header frozen."""
    workbook, sheet = new_workbook(sheet_title, title)
    for line in lines:
        append_row(sheet, line)
    if sheet.max_row:
        for cell in sheet[1]:
            cell.font = Font(bold=True)
    for column in sheet.columns:
        width = max(len(str(cell.value or "")) for cell in column)
        sheet.column_dimensions[column[0].column_letter].width = min(max(width + 2, 10), 40)
    sheet.freeze_panes = "A2"
    return workbook_bytes(workbook)


def csv_bytes(lines):
    """UTF-8 with a byte order mark (Excel reads BOM-less UTF-8 as the ANSI code page), CRLF, escaped cells."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows([escape_csv_cell(value) for value in line] for line in lines)
    return (BOM + buffer.getvalue()).encode("utf-8")
