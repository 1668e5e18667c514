"""The one spreadsheet reader/writer: limits, zip bombs, encodings, headers, row numbers, formula escaping."""

import csv
import io
import unicodedata
import zipfile

import openpyxl
import pytest

from portal.text import spreadsheets
from portal.text.spreadsheets import SpreadsheetError, read_table

TONES = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")


def cp1258(text):
    """Windows-1258 bytes: precomposed where the code page has the letter, else base letter + tone mark."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", char)
            tone = "".join(mark for mark in decomposed if mark in TONES)
            base = unicodedata.normalize("NFC", "".join(mark for mark in decomposed if mark not in TONES))
            out += base.encode("cp1258") + tone.encode("cp1258")
    return bytes(out)


def xlsx(lines):
    workbook = openpyxl.Workbook()
    for line in lines:
        workbook.active.append(line)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def zip_bomb(inflated=150 * 1024 * 1024):
    """A small .xlsx-looking ZIP whose one member inflates to ``inflated`` bytes of zeros."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(inflated // len(chunk)):
                member.write(chunk)
    return buffer.getvalue()


def test_xlsx_rows_keep_their_line_numbers():
    table = read_table(xlsx([["Tiêu đề"], [], ["STT", "Họ và tên"], [1, "Nguyễn Văn An"]]), "ds.xlsx")
    assert table.kind == "xlsx"
    assert [number for number, _cells in table.rows] == [1, 2, 3, 4]
    assert table.rows[3][1][:2] == [1, "Nguyễn Văn An"]


def test_zip_bomb_is_refused_before_inflating():
    data = zip_bomb()
    assert len(data) < 1024 * 1024  # a small upload...
    with pytest.raises(SpreadsheetError) as error:
        read_table(data, "bom.xlsx")
    assert "quá lớn khi giải nén" in error.value.messages[0]


def test_highly_compressed_member_is_refused():
    with pytest.raises(SpreadsheetError, match="nén bất thường"):
        read_table(zip_bomb(20 * 1024 * 1024), "nen.xlsx")


def test_oversize_and_empty_files_are_refused_in_vietnamese():
    with pytest.raises(SpreadsheetError, match=r"Tệp quá lớn \(5,0 MB\); dung lượng tối đa là 5 MB\."):
        read_table(b"a,b\r\n" + b"x" * (5 * 1024 * 1024), "to.csv")
    with pytest.raises(SpreadsheetError, match="Tệp rỗng"):
        read_table(b"", "rong.csv")


def test_too_many_rows_names_the_limit():
    data = ("STT\r\n" + "".join(f"{n}\r\n" for n in range(30))).encode()
    with pytest.raises(SpreadsheetError) as error:
        read_table(data, "ds.csv", max_rows=20)
    assert error.value.code == "too_many_rows" and "tối đa 20 dòng" in error.value.messages[0]


def test_old_xls_and_other_types_are_refused_with_advice():
    with pytest.raises(SpreadsheetError, match=r"\(\.xls\) không được hỗ trợ"):
        read_table(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "cu.xls")
    with pytest.raises(SpreadsheetError, match=r"Chỉ nhận tệp Excel \(\.xlsx\) hoặc CSV \(\.csv\)\."):
        read_table(b"%PDF-1.7", "a.pdf")
    with pytest.raises(SpreadsheetError, match="không phải bảng tính Excel .xlsx hợp lệ"):
        read_table(b"PK\x03\x04 hong", "hong.xlsx")


def test_workbook_is_closed_after_reading(monkeypatch):
    closed = []
    original = openpyxl.reader.excel.load_workbook

    def spy(*args, **kwargs):
        workbook = original(*args, **kwargs)
        real_close = workbook.close
        workbook.close = lambda: (closed.append(True), real_close())
        assert workbook.read_only
        return workbook

    monkeypatch.setattr(spreadsheets.openpyxl, "load_workbook", spy)
    read_table(xlsx([["STT"], [1]]), "a.xlsx")
    assert closed == [True]


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        ("\ufeffSTT;Họ và tên\r\n1;Nguyễn Thị Ánh\r\n".encode(), "utf-8-sig"),
        ("STT,Họ và tên\r\n1,Nguyễn Thị Ánh\r\n".encode(), "utf-8"),
        ("STT\tHọ và tên\r\n1\tNguyễn Thị Ánh\r\n".encode("utf-16"), "utf-16"),
        (cp1258("STT,Họ và tên\r\n1,Nguyễn Thị Ánh\r\n"), "cp1258"),
    ],
)
def test_csv_encodings_and_delimiters_are_detected(encoded, encoding):
    table = read_table(encoded, "ds.csv")
    assert table.encoding == encoding
    assert table.rows[1] == (2, ["1", "Nguyễn Thị Ánh"])


def test_csv_in_no_vietnamese_encoding_is_refused_in_vietnamese():
    # What an old Excel saves in a Western code page: the Vietnamese letters are already lost.
    garbled = "ten,cap_hoc\nTrường Mầm non Hoa Lan é,mn\n".encode("cp1252", errors="replace")
    with pytest.raises(SpreadsheetError) as error:
        read_table(garbled, "ds.csv")
    assert "UTF-8" in error.value.messages[0] and error.value.code == "encoding"
    with pytest.raises(SpreadsheetError, match="UTF-8"):
        read_table(cp1258("ten\r\nTrường Mầm non Hoa Lan\r\n"), "truong.csv", utf8_only=True)


def test_binary_csv_is_refused():
    with pytest.raises(SpreadsheetError, match="Không đọc được tệp CSV"):
        read_table(b"STT,Ho va ten\x00\x01\x02\xff\xfe\x00", "ds.csv")


def test_headers_match_with_and_without_diacritics_case_spaces_and_notes():
    index = spreadsheets.header_index({"birth_date": ["Ngày sinh"], "full_name": ["Họ và tên", "Họ tên"]})
    cells = ["HO VA TEN", "  ngày   SINH (dd/mm/yyyy) ", "Ghi chú", "Ho ten"]
    mapping, unknown = spreadsheets.match_header(cells, index)
    assert mapping == {"full_name": 0, "birth_date": 1} and unknown == ["Ghi chú"]
    decomposed = "Nga\u0300y sinh"  # NFD, as some Mac editors save it
    assert spreadsheets.header_key(decomposed) == spreadsheets.header_key("Ngày sinh") == "ngay sinh"


def test_find_header_skips_title_lines():
    rows = [(1, ["UBND THÀNH PHỐ"]), (2, []), (3, ["Số ký hiệu", "Trích yếu"]), (4, ["1/KH", "Kế hoạch"])]
    assert spreadsheets.find_header(rows, lambda keys: "trich yeu" in keys) == 2
    assert spreadsheets.row_error(4, "thiếu Trích yếu.") == "Dòng 4: thiếu Trích yếu."


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_exports_never_write_formulas_and_csv_reads_back_unchanged(text):
    lines = [["Trích yếu", "Số"], [text, 5]]
    workbook = openpyxl.load_workbook(io.BytesIO(spreadsheets.xlsx_bytes(lines, sheet_title="Sổ")))
    cell = workbook.active["A2"]
    assert cell.data_type == "s" and cell.value == text
    assert workbook.active["B2"].value == 5
    data = spreadsheets.csv_bytes(lines)
    assert data.startswith("\ufeff".encode())
    raw = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert raw[1][0] == "'" + text  # what a spreadsheet shows as text
    back = read_table(data, "back.csv")
    assert back.rows[1][1][0] == text


def test_escape_leaves_ordinary_text_and_numbers_alone():
    assert spreadsheets.escape_csv_cell("Kế hoạch 12") == "Kế hoạch 12"
    assert spreadsheets.escape_csv_cell(-5) == -5
    assert spreadsheets.escape_csv_cell("=1+1") == "'=1+1"
    assert spreadsheets.unescape_cell("'=1+1") == "=1+1" and spreadsheets.unescape_cell("'abc") == "'abc"
