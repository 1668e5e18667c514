"""Vietnamese document numbers (số ký hiệu): parsing, normalization, rejection (portal.text.numbering).

Expected fields are written out by hand from the drafting rules (NĐ 30/2020/NĐ-CP) and real numbers
cited in the district's letter and the regulations it names.
"""

import dataclasses
import datetime

import pytest

from portal.text.numbering import (
    TYPE_CODES,
    DocumentNumber,
    DocumentNumberError,
    document_type_name,
    parse_document_number,
)

TODAY = datetime.date(2025, 6, 15)


def parse(text):
    return parse_document_number(text, today=TODAY)


# (text, number, year, type_code, issuer_code, unit_code, type name)
VALID = [
    ("24/2018/QH14", 24, 2018, None, "QH14", None, "Luật"),
    ("43/2011/NĐ-CP", 43, 2011, "NĐ", "CP", None, "Nghị định"),
    ("36/2017/TT-BGDĐT", 36, 2017, "TT", "BGDĐT", None, "Thông tư"),
    ("1768/SGDĐT-VP", 1768, None, None, "SGDĐT", "VP", "Công văn"),
    ("04/2013/QĐ-UBND", 4, 2013, "QĐ", "UBND", None, "Quyết định"),
    ("03/2016/QĐ-UBND", 3, 2016, "QĐ", "UBND", None, "Quyết định"),
    ("1031/PGDĐT-CNTT", 1031, None, None, "PGDĐT", "CNTT", "Công văn"),
    ("15/KH-UBND", 15, None, "KH", "UBND", None, "Kế hoạch"),
    ("09/2024/TT-BGDĐT", 9, 2024, "TT", "BGDĐT", None, "Thông tư"),
    ("27/2018/NĐ-CP", 27, 2018, "NĐ", "CP", None, "Nghị định"),
    ("11/2020/TTLT-BGDĐT-BNV", 11, 2020, "TTLT", "BGDĐT-BNV", None, "Thông tư liên tịch"),
    ("19/2020/QĐ-TTg", 19, 2020, "QĐ", "TTg", None, "Quyết định"),
    ("12/TTr-UBND", 12, None, "TTr", "UBND", None, "Tờ trình"),
    ("05/VBHN-BGDĐT", 5, None, "VBHN", "BGDĐT", None, "Văn bản hợp nhất"),
    ("120/QĐ-UBND-VX", 120, None, "QĐ", "UBND", "VX", "Quyết định"),
    ("02/2022/UBTVQH15", 2, 2022, None, "UBTVQH15", None, "Pháp lệnh hoặc Nghị quyết"),
    ("91/2025/QH15", 91, 2025, None, "QH15", None, "Luật"),
    ("1280/PGDĐT", 1280, None, None, "PGDĐT", None, "Công văn"),
]


@pytest.mark.parametrize(("text", "number", "year", "type_code", "issuer", "unit", "type_name"), VALID)
def test_valid_numbers(text, number, year, type_code, issuer, unit, type_name):
    parsed = parse(text)
    assert (parsed.number, parsed.year, parsed.type_code) == (number, year, type_code)
    assert (parsed.issuer_code, parsed.unit_code) == (issuer, unit)
    assert parsed.number_suffix == ""
    assert parsed.raw == text
    assert parsed.canonical == text
    assert str(parsed) == text
    assert document_type_name(parsed) == type_name


def test_joint_document_lists_every_issuer():
    parsed = parse("11/2020/TTLT-BGDĐT-BNV-BTC")
    assert parsed.issuer_codes == ("BGDĐT", "BNV", "BTC")


def test_document_number_is_frozen():
    parsed = parse("15/KH-UBND")
    assert isinstance(parsed, DocumentNumber)
    with pytest.raises(dataclasses.FrozenInstanceError):
        parsed.number = 16


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("Số: 43/2011/NĐ-CP", "43/2011/NĐ-CP"),
        ("Số 1768/SGDĐT-VP", "1768/SGDĐT-VP"),
        ("số 15/KH-UBND", "15/KH-UBND"),
        ("SỐ:36/2017/TT-BGDĐT", "36/2017/TT-BGDĐT"),
        ("So: 1031/PGDĐT-CNTT", "1031/PGDĐT-CNTT"),
        ("  24 / 2018 / QH14  ", "24/2018/QH14"),
        ("1768 / SGDĐT - VP", "1768/SGDĐT-VP"),
        ("36/2017/TT-BGDÐT", "36/2017/TT-BGDĐT"),  # Icelandic eth U+00D0
        ("36/2017/tt-bgdðt", "36/2017/TT-BGDĐT"),  # lower-case eth U+00F0
        ("43/2011/ND-CP", "43/2011/NĐ-CP"),
        ("04/2013/QD-UBND", "04/2013/QĐ-UBND"),
        ("36/2017/TT-BGDDT", "36/2017/TT-BGDĐT"),
        ("1768/SGDDT-VP", "1768/SGDĐT-VP"),
        ("1031/PGDDT-CNTT", "1031/PGDĐT-CNTT"),
        ("12/GDDT-VP", "12/GDĐT-VP"),
        ("27/2018/NĐ\u2013CP", "27/2018/NĐ-CP"),  # en dash
        ("27/2018/NĐ\u2014CP", "27/2018/NĐ-CP"),  # em dash
        ("27/2018/NĐ\u2011CP", "27/2018/NĐ-CP"),  # non-breaking hyphen
        ("27\uff0f2018\uff0fNĐ-CP", "27/2018/NĐ-CP"),  # full-width solidus
        ("15/kh-ubnd", "15/KH-UBND"),
        ("15/ttr-ubnd", "15/TTr-UBND"),
        ("19/2020/qđ-ttg", "19/2020/QĐ-TTg"),
        ("4/2013/QĐ-UBND", "04/2013/QĐ-UBND"),
        ("0004/2013/QĐ-UBND", "04/2013/QĐ-UBND"),
        ("12/2020/NQ-HDND", "12/2020/NQ-HĐND"),
        ("15/KH\u00a0-\u00a0UBND", "15/KH-UBND"),  # no-break spaces
        ("15/KH\t-UBND", "15/KH-UBND"),
    ],
)
def test_normalization(typed, canonical):
    assert parse(typed).canonical == canonical


def test_decomposed_d_with_stroke_context_is_composed():
    # NFD input: "Đ" does not decompose, but a decomposed "Số" prefix must still be recognized.
    assert parse("So\u0302\u0301: 15/KH-UBND").canonical == "15/KH-UBND"


def test_raw_keeps_what_was_typed():
    parsed = parse("  Số: 43/2011/ND-CP ")
    assert parsed.raw == "Số: 43/2011/ND-CP"
    assert parsed.canonical == "43/2011/NĐ-CP"


def test_hd_is_huong_dan_not_a_typo_for_d_with_stroke():
    parsed = parse("25/HD-PGDĐT")
    assert parsed.type_code == "HD"
    assert document_type_name(parsed) == "Hướng dẫn"


def test_suffix_allowed_on_administrative_numbers():
    parsed = parse("123a/QĐ-UBND")
    assert (parsed.number, parsed.number_suffix) == (123, "a")
    assert parsed.canonical == "123a/QĐ-UBND"
    assert parse("123A/QĐ-UBND").canonical == "123a/QĐ-UBND"


@pytest.mark.parametrize(
    "text",
    [
        "abc",
        "/2018/QH14",
        "24/2018/",
        "24/2018",
        "24/",
        "24",
        "24/2018/QH14/5",
        "12b3/2018/QH14",
        "24a/2018/QH14",
        "x24/2018/QH14",
        "24/2018/BGDĐT",
        "36/2017/TT",
        "15/KH",
        "15/-UBND",
        "15/KH--UBND",
        "15/KH-UBND-VP-X",
        "1768/SGDĐT-VP-X",
        "1768/SGD ĐT-VP",
        "24/2018/QH 14",
        "1234567/SGDĐT-VP",
        "15/KH-UB#ND",
        "15/2KH-UBND",
    ],
)
def test_malformed_numbers_are_rejected_with_the_vietnamese_message(text):
    with pytest.raises(DocumentNumberError) as caught:
        parse(text)
    message = str(caught.value)
    assert f"Số ký hiệu “{text}” không đúng dạng" in message
    assert "ví dụ 36/2017/TT-BGDĐT" in message and "ví dụ 1768/SGDĐT-VP" in message
    assert caught.value.reason == "format"


def test_format_error_message_in_full():
    with pytest.raises(DocumentNumberError) as caught:
        parse("abc")
    assert str(caught.value) == (
        "Số ký hiệu “abc” không đúng dạng Số/Năm/Loại-Cơ quan (ví dụ 36/2017/TT-BGDĐT) "
        "hoặc Số/Cơ quan-Đơn vị (ví dụ 1768/SGDĐT-VP)."
    )


def test_error_is_a_value_error():
    with pytest.raises(ValueError, match="không đúng dạng"):
        parse("abc")


@pytest.mark.parametrize("text", ["", "   ", None])
def test_empty_is_rejected(text):
    with pytest.raises(DocumentNumberError, match="Chưa nhập số ký hiệu") as caught:
        parse(text)
    assert caught.value.reason == "empty"


def test_too_long_is_rejected():
    text = "1/2018/TT-" + "-".join(["BGDĐT"] * 10)
    assert len(text) > 60
    with pytest.raises(DocumentNumberError, match="quá dài") as caught:
        parse(text)
    assert caught.value.reason == "too_long"


def test_sixty_characters_are_still_accepted():
    text = "11/2020/TTLT-BGDĐT-BNV-BTC-BYT-BTTTT-BKHĐT-BNG-BQP-BCA-BXD-B"
    assert len(text) == 60
    assert parse(text).issuer_codes[-1] == "B"


def test_zero_number_is_rejected():
    with pytest.raises(DocumentNumberError, match="lớn hơn 0") as caught:
        parse("0/2018/QH14")
    assert caught.value.reason == "number"
    with pytest.raises(DocumentNumberError):
        parse("000/SGDĐT-VP")


def test_two_digit_year_is_rejected():
    with pytest.raises(DocumentNumberError, match="đủ 4 chữ số") as caught:
        parse("24/18/QH14")
    assert caught.value.reason == "year"


@pytest.mark.parametrize("text", ["24/1944/QH14", "1/2027/NĐ-CP", "1/9999/NĐ-CP"])
def test_year_out_of_range_is_rejected(text):
    with pytest.raises(DocumentNumberError, match="không hợp lệ") as caught:
        parse(text)
    assert caught.value.reason == "year"
    assert "1945" in str(caught.value) and "2026" in str(caught.value)


@pytest.mark.parametrize(("text", "year"), [("1/1945/L-CTN", 1945), ("1/2026/NĐ-CP", 2026)])
def test_year_bounds_are_inclusive(text, year):
    assert parse(text).year == year


def test_year_bound_defaults_to_the_real_today():
    next_year = datetime.date.today().year + 1
    assert parse_document_number(f"1/{next_year}/NĐ-CP").year == next_year
    with pytest.raises(DocumentNumberError):
        parse_document_number(f"1/{next_year + 1}/NĐ-CP")


def test_document_type_name_accepts_text():
    assert document_type_name("36/2017/TT-BGDĐT") == "Thông tư"
    assert document_type_name("Số: 1768/SGDĐT-VP") == "Công văn"
    assert document_type_name("123/CV-UBND") == "Công văn"
    assert document_type_name("24/2018/QH14") == "Luật"
    with pytest.raises(DocumentNumberError):
        document_type_name("abc")


def test_type_codes_hold_the_common_abbreviations():
    expected = {
        "NĐ": "Nghị định", "TT": "Thông tư", "QĐ": "Quyết định", "CT": "Chỉ thị", "NQ": "Nghị quyết",
        "KH": "Kế hoạch", "TB": "Thông báo", "HD": "Hướng dẫn", "BC": "Báo cáo", "TTr": "Tờ trình",
        "QC": "Quy chế", "TTLT": "Thông tư liên tịch", "CV": "Công văn",
    }  # fmt: skip
    assert expected.items() <= TYPE_CODES.items()


@pytest.mark.parametrize("code", sorted(TYPE_CODES))
def test_every_type_code_parses_in_both_forms(code):
    assert parse(f"7/{code}-UBND").type_code == code
    assert parse(f"7/2020/{code}-UBND").canonical == f"07/2020/{code}-UBND"
