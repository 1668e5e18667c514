"""Read the uploaded bytes into rows of cells: XLSX (openpyxl) or CSV (any Vietnamese encoding).

Every way a file can be broken ends in ``CandidateImportError`` with a message
the editor can act on; nothing here writes to the database.
https://openpyxl.readthedocs.io/en/stable/optimized.html (read-only mode)
"""

import csv
import io
import zipfile
from dataclasses import dataclass

from portal.enrollment.importing.errors import CandidateImportError
from portal.text.legacy import decode_bytes

MAX_FILE_SIZE = 5 * 1024 * 1024
MAX_ROWS = 5000
# Title lines above the header and signature lines below the table are allowed on top of MAX_ROWS.
MAX_EXTRA_LINES = 100
MAX_COLUMNS = 40
# A 5 MB .xlsx that inflates past this is broken or hostile (zip bomb).
MAX_UNZIPPED_SIZE = 100 * 1024 * 1024
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass
class Table:
    rows: list  # [(line number in the file, [cell, ...]), ...]
    encoding: str = ""
    kind: str = "xlsx"


def _too_many_rows():
    limit = f"{MAX_ROWS:,}".replace(",", ".")
    return CandidateImportError(f"Tệp có quá nhiều dòng: mỗi danh sách tối đa {limit} thí sinh.")


def check_size(size):
    if size > MAX_FILE_SIZE:
        megabytes = f"{size / 1024 / 1024:.1f}".replace(".", ",")
        raise CandidateImportError(f"Tệp quá lớn ({megabytes} MB); dung lượng tối đa là 5 MB.")
    if size == 0:
        raise CandidateImportError("Tệp rỗng: không có dữ liệu.")


def read_table(data, file_name):
    """Rows of the first sheet of an .xlsx, or of a .csv; the kind is decided by name and content."""
    check_size(len(data))
    name = (file_name or "").lower()
    if data.startswith(OLE2_MAGIC) or name.endswith(".xls"):
        raise CandidateImportError(
            "Định dạng Excel 97-2003 (.xls) không được hỗ trợ: hãy mở tệp bằng Excel và lưu lại dạng "
            "“Sổ làm việc Excel (.xlsx)” hoặc “CSV UTF-8”."
        )
    if name.endswith(".xlsx") or data.startswith(b"PK\x03\x04"):
        return read_xlsx(data)
    if name.endswith((".csv", ".txt")):
        return read_csv(data)
    raise CandidateImportError("Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv).")


def read_xlsx(data):
    import openpyxl

    broken = CandidateImportError(
        "Tệp không phải bảng tính Excel .xlsx hợp lệ (tệp bị hỏng hoặc đổi đuôi). Hãy mở bằng Excel, "
        "kiểm tra và lưu lại."
    )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNZIPPED_SIZE:
                raise CandidateImportError("Tệp Excel quá lớn khi giải nén; hãy chia nhỏ danh sách.")
            if archive.testzip() is not None:
                raise broken
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError) as error:
        raise broken from error
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # a corrupt workbook fails in many ways (KeyError, XML errors...)
        raise broken from error
    try:
        if not workbook.worksheets:
            raise CandidateImportError("Tệp Excel không có trang tính nào.")
        sheet = workbook.worksheets[0]
        rows = []
        for number, values in enumerate(sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS), start=1):
            if number > MAX_ROWS + MAX_EXTRA_LINES:
                raise _too_many_rows()
            rows.append((number, list(values)))
    except CandidateImportError:
        raise
    except Exception as error:  # broken sheet XML surfaces only while iterating
        raise broken from error
    finally:
        workbook.close()
    return Table(rows=rows, kind="xlsx")


def read_csv(data):
    text, encoding = decode_bytes(data)
    if "\x00" in text or "\ufffd" in text or any(ord(ch) < 32 and ch not in "\t\r\n" for ch in text[:65536]):
        raise CandidateImportError(
            "Không đọc được tệp CSV: tệp chứa ký tự nhị phân hoặc dùng bảng mã không nhận dạng được. "
            "Hãy lưu lại từ Excel dạng “CSV UTF-8 (phân cách bằng dấu phẩy)”."
        )
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = []
    try:
        for number, values in enumerate(csv.reader(io.StringIO(text, newline=""), dialect), start=1):
            if number > MAX_ROWS + MAX_EXTRA_LINES:
                raise _too_many_rows()
            rows.append((number, values[:MAX_COLUMNS]))
    except csv.Error as error:
        raise CandidateImportError(f"Tệp CSV sai cấu trúc ở dòng {len(rows) + 1}: {error}.") from error
    return Table(rows=rows, encoding=encoding, kind="csv")
