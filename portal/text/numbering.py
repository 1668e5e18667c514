"""Parse and validate Vietnamese document numbers ("số ký hiệu"), e.g. ``36/2017/TT-BGDĐT``.

Why: the portal must show each document's số ký hiệu (letter III.3) and let visitors search by it, and
editors type it by hand, with ``Ð`` (Icelandic eth) or ASCII ``D`` for ``Đ``, odd dashes and spaces. One
parser gives a canonical form for storage and look-up, and a clear Vietnamese message when it is wrong.

Forms (Nghị định 30/2020/NĐ-CP and the law on legal normative documents):

* ``Số/Năm/Loại-Cơ quan``: normative documents, ``43/2011/NĐ-CP``, ``36/2017/TT-BGDĐT``; joint ones list
  every issuer, ``11/2020/TTLT-BGDĐT-BNV``.
* ``Số/Năm/QHnn`` for laws (Quốc hội khoá nn), ``Số/Năm/UBTVQHnn`` for the Standing Committee.
* ``Số/Loại-Cơ quan[-Đơn vị]``: administrative documents, ``15/KH-UBND``.
* ``Số/Cơ quan-Đơn vị``: công văn, which have no type code, ``1768/SGDĐT-VP``.

Canonical numbers below 10 keep one leading zero (``04/2013/QĐ-UBND``), as NĐ 30/2020 prescribes.
"""

import datetime
import re
from dataclasses import dataclass

from portal.text.normalize import normalize_confusables

# Type abbreviations: the law on legal normative documents and NĐ 30/2020/NĐ-CP, Appendix III.
TYPE_CODES = {
    "NĐ": "Nghị định",
    "TT": "Thông tư",
    "TTLT": "Thông tư liên tịch",
    "NQ": "Nghị quyết",
    "NQLT": "Nghị quyết liên tịch",
    "QĐ": "Quyết định",
    "CT": "Chỉ thị",
    "L": "Lệnh",
    "VBHN": "Văn bản hợp nhất",
    "QC": "Quy chế",
    "QyĐ": "Quy định",
    "TC": "Thông cáo",
    "TB": "Thông báo",
    "HD": "Hướng dẫn",
    "CTr": "Chương trình",
    "KH": "Kế hoạch",
    "PA": "Phương án",
    "ĐA": "Đề án",
    "DA": "Dự án",
    "BC": "Báo cáo",
    "BB": "Biên bản",
    "TTr": "Tờ trình",
    "HĐ": "Hợp đồng",
    "CĐ": "Công điện",
    "GN": "Bản ghi nhớ",
    "TTh": "Bản thỏa thuận",
    "GUQ": "Giấy ủy quyền",
    "GM": "Giấy mời",
    "GGT": "Giấy giới thiệu",
    "GNP": "Giấy nghỉ phép",
    "PG": "Phiếu gửi",
    "PC": "Phiếu chuyển",
    "PB": "Phiếu báo",
    "CV": "Công văn",
}
JOINT_TYPE_CODES = frozenset({"TTLT", "NQLT"})

# Codes whose official spelling is not all capitals ("TTg" is the Prime Minister as issuer).
_MIXED_CASE = {code.upper(): code for code in (*TYPE_CODES, "TTg") if not code.isupper()}
# Codes people type with ASCII "D" for "Đ" ("HD" is Hướng dẫn and stays as it is).
_ASCII_D = {
    "ND": "NĐ", "QD": "QĐ", "QYD": "QYĐ", "HDND": "HĐND", "HDQT": "HĐQT",
    "BGDDT": "BGDĐT", "SGDDT": "SGDĐT", "PGDDT": "PGDĐT", "GDDT": "GDĐT", "GD&DT": "GD&ĐT",
    "PGD&DT": "PGD&ĐT", "SGD&DT": "SGD&ĐT", "BLDTBXH": "BLĐTBXH", "DHQG": "ĐHQG",
}  # fmt: skip

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-")
_SLASHES = dict.fromkeys(map(ord, "\u2044\u2215\uff0f"), "/")
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\t"), " ")
_PREFIX = re.compile(r"^s[ốo]\s*[:.]?\s*(?=\d)", re.IGNORECASE)
_AROUND_SEPARATORS = re.compile(r"\s*([/-])\s*")
_NUMBER = re.compile(r"(\d{1,6})([a-z]?)", re.IGNORECASE)
_YEAR = re.compile(r"\d{4}")
_CODE = re.compile(r"[A-ZĐ][A-ZĐ0-9&]{0,14}")
_ASSEMBLY = re.compile(r"(?:UBTV)?QH\d{1,2}")

MAX_LENGTH = 60
FIRST_YEAR = 1945
EXAMPLES = "Số/Năm/Loại-Cơ quan (ví dụ 36/2017/TT-BGDĐT) hoặc Số/Cơ quan-Đơn vị (ví dụ 1768/SGDĐT-VP)"


class DocumentNumberError(ValueError):
    """An unusable số ký hiệu; the message is Vietnamese, for editors. ``reason`` is for code."""

    def __init__(self, message, reason="format"):
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class DocumentNumber:
    """A parsed số ký hiệu; ``issuer_code`` holds every issuer of a joint document, joined by "-"."""

    number: int
    number_suffix: str
    year: int | None
    type_code: str | None
    issuer_code: str
    unit_code: str | None
    raw: str

    @property
    def issuer_codes(self):
        return tuple(self.issuer_code.split("-"))

    @property
    def canonical(self):
        parts = [f"{self.number:02d}{self.number_suffix}"]
        if self.year is not None:
            parts.append(str(self.year))
        codes = [self.type_code] if self.type_code else []
        codes.append(self.issuer_code)
        if self.unit_code:
            codes.append(self.unit_code)
        parts.append("-".join(codes))
        return "/".join(parts)

    def __str__(self):
        return self.canonical


def _format_error(raw):
    shown = raw if len(raw) <= 40 else raw[:37] + "..."
    return DocumentNumberError(f"Số ký hiệu “{shown}” không đúng dạng {EXAMPLES}.")


def normalize_document_number(text):
    """Clean what editors type, before parsing: prefix "Số:", look-alike letters, dashes, spaces, case."""
    cleaned = normalize_confusables(text).translate(_DASHES).translate(_SLASHES).translate(_SPACES).strip()
    cleaned = _PREFIX.sub("", cleaned)
    return _AROUND_SEPARATORS.sub(r"\1", cleaned)


def _fix_code(code):
    code = code.upper()
    code = _ASCII_D.get(code, code)
    return _MIXED_CASE.get(code, code)


def parse_document_number(text, *, today=None):
    """Parse ``text`` into a :class:`DocumentNumber` or raise :class:`DocumentNumberError`.

    ``today`` (a date) bounds the year: no later than next year, since numbers are issued in advance of
    publication only at the turn of a year.
    """
    if not isinstance(text, str) or not text.strip():
        raise DocumentNumberError("Chưa nhập số ký hiệu văn bản.", reason="empty")
    raw = text.strip()
    if len(raw) > MAX_LENGTH:
        raise DocumentNumberError(f"Số ký hiệu quá dài (tối đa {MAX_LENGTH} ký tự).", reason="too_long")
    cleaned = normalize_document_number(raw)
    if not cleaned or " " in cleaned:
        raise _format_error(raw)

    parts = cleaned.split("/")
    if len(parts) not in (2, 3):
        raise _format_error(raw)
    number_match = _NUMBER.fullmatch(parts[0])
    if not number_match:
        raise _format_error(raw)
    number = int(number_match.group(1))
    if number == 0:
        raise DocumentNumberError(f"Số văn bản trong “{raw}” phải lớn hơn 0.", reason="number")

    year = None
    if len(parts) == 3:
        year = _parse_year(parts[1], raw, today)
        if number_match.group(2):
            raise _format_error(raw)  # "123a" exists for administrative documents only
    codes = [_fix_code(code) for code in parts[-1].split("-")]
    if not all(_CODE.fullmatch(code.upper()) for code in codes):
        raise _format_error(raw)

    type_code, issuer, unit = _split_codes(codes, has_year=year is not None, raw=raw)
    return DocumentNumber(
        number=number,
        number_suffix=number_match.group(2).lower(),
        year=year,
        type_code=type_code,
        issuer_code=issuer,
        unit_code=unit,
        raw=raw,
    )


def _parse_year(value, raw, today):
    if not _YEAR.fullmatch(value):
        raise DocumentNumberError(
            f"Năm ban hành trong số ký hiệu “{raw}” phải có đủ 4 chữ số; dạng đúng: {EXAMPLES}.", reason="year"
        )
    year = int(value)
    last = (today or datetime.date.today()).year + 1
    if not FIRST_YEAR <= year <= last:
        raise DocumentNumberError(
            f"Năm ban hành {year} trong số ký hiệu “{raw}” không hợp lệ (phải từ {FIRST_YEAR} đến {last}).",
            reason="year",
        )
    return year


def _split_codes(codes, *, has_year, raw):
    """(type, issuer, unit) from the codes after the last "/"."""
    first, rest = codes[0], codes[1:]
    if first in TYPE_CODES:
        if not rest:
            raise _format_error(raw)  # a type needs its issuer: "15/KH" says nothing of who issued it
        if first in JOINT_TYPE_CODES:
            return first, "-".join(rest), None
        if len(rest) > 2:
            raise _format_error(raw)
        return first, rest[0], rest[1] if len(rest) == 2 else None
    if has_year:
        # Normative documents always carry a type code, except the National Assembly's own.
        if len(codes) == 1 and _ASSEMBLY.fullmatch(first):
            return None, first, None
        raise _format_error(raw)
    if len(codes) > 2:
        raise _format_error(raw)
    return None, first, rest[0] if rest else None


def document_type_name(number):
    """Vietnamese name of the document type: "Thông tư", "Luật" (``…/QH14``), "Công văn" (no type)."""
    if isinstance(number, str):
        number = parse_document_number(number)
    if number.type_code:
        return TYPE_CODES.get(number.type_code, "Văn bản")
    if re.fullmatch(r"QH\d{1,2}", number.issuer_code) and number.year is not None:
        return "Luật"
    if _ASSEMBLY.fullmatch(number.issuer_code) and number.year is not None:
        return "Pháp lệnh hoặc Nghị quyết"
    return "Công văn"
