"""Columns of a candidate list and the header spellings we accept.

Headers are compared folded (no diacritics, no case, punctuation as spaces, text in
brackets dropped), so “Họ và tên”, “HỌ VÀ TÊN”, “Ho va ten” and “Họ tên học sinh”
all name the same column. Columns that carry personal data the portal must not
keep (phone, address, identity number, parents) are recognised so the editor is
told they were dropped, rather than silently ignored.
"""

from dataclasses import dataclass

from portal.text import nfc
from portal.text.spreadsheets import header_key


@dataclass(frozen=True)
class Column:
    field: str
    label: str
    required: bool
    aliases: tuple  # folded keys, see header_key()
    examples: str = ""  # other spellings, for the admin help


COLUMNS = (
    Column("number", "STT", True, ("stt", "tt", "so tt", "so thu tu"), "TT, Số TT, Số thứ tự"),
    Column("full_name", "Họ và tên", True, (
        "ho va ten", "ho ten", "ho va ten hoc sinh", "ho ten hoc sinh", "ho va ten tre", "ho ten tre",
        "ho va ten thi sinh", "ho ten thi sinh", "ten hoc sinh",
    ), "Họ tên, Họ và tên học sinh, Họ tên trẻ, Họ và tên thí sinh"),
    Column("birth_date", "Ngày sinh", True, ("ngay sinh", "ngay thang nam sinh", "sinh ngay", "ngay thang nam"),
           "Ngày tháng năm sinh, Sinh ngày"),
    Column("gender", "Giới tính", True, ("gioi tinh", "gioi", "phai", "nam nu"), "Giới, Phái, Nam/Nữ"),
    Column("previous_school", "Trường cũ", False, (
        "truong cu", "hoc sinh truong", "truong tieu hoc", "truong mam non", "noi hoc truoc", "truong da hoc",
        "hoc sinh lop 5 truong", "noi hoc",
    ), "Trường tiểu học, Trường mầm non, Nơi học trước"),
    Column("result", "Kết quả", False, (
        "ket qua", "ket qua xet tuyen", "ket qua tuyen sinh", "ket qua trung tuyen", "trung tuyen",
        "diem xet tuyen", "tong diem",
    ), "Kết quả xét tuyển, Trúng tuyển, Điểm xét tuyển"),
    Column("note", "Ghi chú", False, ("ghi chu",), ""),
)  # fmt: skip

# Personal data that must not be stored or published (Law 91/2025/QH15): phrases and whole words.
PERSONAL_PHRASES = (
    "dien thoai",
    "dia chi",
    "noi o",
    "cho o",
    "ho khau",
    "thuong tru",
    "tam tru",
    "dinh danh",
    "phu huynh",
    "can cuoc",
    "zalo",
)
PERSONAL_WORDS = {"sdt", "dt", "cccd", "cmnd", "email", "cha", "me"}

_BY_ALIAS = {alias: column for column in COLUMNS for alias in column.aliases}


def classify(text):
    """``(Column, None)`` for a known column, ``(None, "personal")`` for forbidden data, else ``(None, None)``."""
    key = header_key(text)
    if not key:
        return None, None
    if key in _BY_ALIAS:
        return _BY_ALIAS[key], None
    padded = f" {key} "
    if any(f" {phrase} " in padded for phrase in PERSONAL_PHRASES) or PERSONAL_WORDS & set(key.split()):
        return None, "personal"
    return None, None


def map_header(cells):
    """Map a candidate header row: ``({field: index}, [personal column labels])``; first match wins."""
    mapping, personal = {}, []
    for index, cell in enumerate(cells):
        column, kind = classify(cell)
        if column is not None and column.field not in mapping:
            mapping[column.field] = index
        elif kind == "personal":
            personal.append(nfc(str(cell)).strip())
    return mapping, personal


def required_fields():
    return [column.field for column in COLUMNS if column.required]


def label(field):
    return next(column.label for column in COLUMNS if column.field == field)


def column_help():
    """The column list for the admin help text."""
    return [(column.label, column.required, column.examples) for column in COLUMNS]
