"""Legacy Vietnamese encodings (TCVN3/ABC, VNI, Windows-1258) to Unicode (portal.text.legacy).

Two kinds of evidence: strings and bytes written out literally here from knowledge of the fonts (the
gibberish every Vietnamese office has seen), and round trips of Unicode sentences through the module's own
forward tables, whose letters are generated independently below from base letters and combining marks.
"""

import unicodedata

import pytest

from portal.text.legacy import (
    convert_legacy,
    decode_bytes,
    detect_legacy_encoding,
    encode_legacy,
    is_vietnamese_syllable,
    to_unicode,
)

TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # none, huyền, sắc, hỏi, ngã, nặng
VOWELS = ("a", "a\u0306", "a\u0302", "e", "e\u0302", "i", "o", "o\u0302", "o\u031b", "u", "u\u031b", "y")


def vietnamese_letters():
    """The 67 lower-case Vietnamese letters that are not plain ASCII, built from combining marks."""
    letters = {"đ"}
    for vowel in VOWELS:
        for tone in TONES:
            letter = unicodedata.normalize("NFC", vowel + tone)
            assert len(letter) == 1, letter
            if not letter.isascii():
                letters.add(letter)
    return sorted(letters)


LOWER = vietnamese_letters()
ALL_LETTERS = LOWER + [letter.upper() for letter in LOWER]

# Fixed strings, typed from the fonts' layouts (not produced by the module).
TCVN3_KNOWN = [
    ("Phßng Gi¸o dôc vµ §µo t¹o", "Phòng Giáo dục và Đào tạo"),
    ("Tr\u00adêng TiÓu häc", "Trường Tiểu học"),
    ("Thñ tôc - BiÓu mÉu", "Thủ tục - Biểu mẫu"),
    ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
    ("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
    ("Danh s¸ch ®¨ng ký sö dông email", "Danh sách đăng ký sử dụng email"),
]
VNI_KNOWN = [
    ("Phoøng Giaùo duïc vaø Ñaøo taïo", "Phòng Giáo dục và Đào tạo"),
    ("Tröôøng Tieåu hoïc", "Trường Tiểu học"),
    ("Thuû tuïc - Bieåu maãu", "Thủ tục - Biểu mẫu"),
    ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
    ("Ñaø Naüng, Quaûng Ngaõi, Thuû Daàu Moät", "Đà Nẵng, Quảng Ngãi, Thủ Dầu Một"),
]

# Unicode sentences for round trips. TCVN3 ones avoid capitals with a tone mark (the encoding has none).
SENTENCES = [
    "Phòng Giáo dục và Đào tạo thành phố Thủ Dầu Một",
    "Thông tư quy định về công khai đối với cơ sở giáo dục",
    "Kế hoạch tuyển sinh vào lớp một năm học mới",
    "Danh sách đăng ký sử dụng thư điện tử của trường",
    "Kiểm định chất lượng giáo dục; phổ cập giáo dục, xoá mù chữ",
    "Tra cứu điểm, kết quả các kỳ thi; tra cứu văn bằng, chứng chỉ",
    "Hướng dẫn thực hiện pháp luật, chính sách, chế độ",
    "Người lập danh sách: hiệu trưởng nhà trường",
    "Niên giám thống kê năm năm gần nhất: quy mô trường, lớp, giáo viên, học sinh",
    "Ước mơ của những đứa trẻ ở vùng sâu, vùng xa thật giản dị",
    "Mỗi buổi sáng, em ăn sáng rồi đi học; chiều về em giúp mẹ quét nhà",
]
VNI_ONLY_SENTENCES = ["Ủy ban nhân dân Ấp Ổn Định, Ỷ Lan, Ỵ, Ợ", "TRƯỜNG MẦM NON HOA SEN", "Ông Ẩn, bà Ếch, Ữ"]


def cp1258_bytes(text):
    """Windows-1258 bytes for Unicode text: precomposed where the code page has it, else base + tone."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", char)
            tone = "".join(mark for mark in decomposed if mark in TONES[1:])
            base = unicodedata.normalize("NFC", "".join(mark for mark in decomposed if mark not in TONES[1:]))
            out += base.encode("cp1258") + tone.encode("cp1258")
    return bytes(out)


# --- tables ------------------------------------------------------------------------------------------


def test_there_are_134_letters_to_map():
    assert len(LOWER) == 67
    assert len(set(ALL_LETTERS)) == 134


@pytest.mark.parametrize(
    ("byte", "letter"),
    [(0xB5, "à"), (0xB8, "á"), (0xAD, "ư"), (0xAE, "đ"), (0xA7, "Đ"), (0xA6, "Ư"), (0xEA, "ờ"), (0xD3, "ể"),
     (0xF1, "ủ"), (0xC9, "ẫ"), (0xDC, "ĩ"), (0xFE, "ỵ"), (0xFD, "ý"), (0xA9, "â"), (0xBE, "ắ")],
)  # fmt: skip
def test_tcvn3_known_byte_positions(byte, letter):
    assert convert_legacy(bytes([byte]).decode("latin-1"), "tcvn3") == letter


def test_tcvn3_gives_each_lowercase_letter_one_distinct_byte():
    codes = [encode_legacy(letter, "tcvn3") for letter in LOWER]
    assert all(len(code) == 1 and 0xA1 <= ord(code) <= 0xFE for code in codes)
    assert len(set(codes)) == 67
    assert all(convert_legacy(code, "tcvn3") == letter for code, letter in zip(codes, LOWER, strict=True))


def test_tcvn3_has_only_seven_capitals_of_its_own():
    own = [letter for letter in LOWER if encode_legacy(letter.upper(), "tcvn3") != encode_legacy(letter, "tcvn3")]
    assert sorted(own) == sorted("ăâêôơưđ")
    for letter in "ăâêôơưđ":
        assert convert_legacy(encode_legacy(letter.upper(), "tcvn3"), "tcvn3") == letter.upper()


def test_tcvn3_capitals_without_a_code_fall_back_to_lower_case():
    assert encode_legacy("Á", "tcvn3") == encode_legacy("á", "tcvn3") == "\u00b8"
    assert convert_legacy(encode_legacy("Ở", "tcvn3"), "tcvn3", fix_case=False) == "ở"


def test_vni_maps_all_134_letters_distinctly_and_back():
    codes = {letter: encode_legacy(letter, "vni") for letter in ALL_LETTERS}
    assert len(set(codes.values())) == 134
    assert all(1 <= len(code) <= 2 and code.encode("cp1252") for code in codes.values())
    for letter, code in codes.items():
        assert convert_legacy(code, "vni") == letter, (letter, code)


@pytest.mark.parametrize(
    ("vni", "letter"),
    [("aù", "á"), ("aø", "à"), ("aû", "ả"), ("aõ", "ã"), ("aï", "ạ"), ("aâ", "â"), ("aá", "ấ"), ("aê", "ă"),
     ("aé", "ắ"), ("aü", "ẵ"), ("ô", "ơ"), ("ö", "ư"), ("ñ", "đ"), ("Ñ", "Đ"), ("ó", "ĩ"), ("æ", "ỉ"),
     ("î", "ỵ"), ("OÂ", "Ô"), ("Ô", "Ơ"), ("AÊ", "Ă"), ("EÄ", "Ệ")],
)  # fmt: skip
def test_vni_known_sequences(vni, letter):
    assert convert_legacy(vni, "vni") == letter


# --- fixed strings -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("legacy", "unicode_text"), TCVN3_KNOWN)
def test_known_tcvn3_strings(legacy, unicode_text):
    assert detect_legacy_encoding(legacy) == "tcvn3"
    assert convert_legacy(legacy, "tcvn3") == unicode_text
    assert to_unicode(legacy) == (unicode_text, "tcvn3")


@pytest.mark.parametrize(("legacy", "unicode_text"), VNI_KNOWN)
def test_known_vni_strings(legacy, unicode_text):
    assert detect_legacy_encoding(legacy) == "vni"
    assert convert_legacy(legacy, "vni") == unicode_text
    assert to_unicode(legacy) == (unicode_text, "vni")


@pytest.mark.parametrize(
    ("legacy", "unicode_text"),
    [("Tr\u00adêng", "Trường"), ("Gi¸o dôc", "Giáo dục")],
)
def test_short_tcvn3_with_tell_tale_signs_is_detected(legacy, unicode_text):
    assert to_unicode(legacy) == (unicode_text, "tcvn3")


def test_single_vni_word_is_detected():
    assert to_unicode("Tröôøng") == ("Trường", "vni")


def test_tcvn3_capitals_are_restored_in_upper_case_headings():
    assert convert_legacy("CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM", "tcvn3") == "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert convert_legacy("TR¦êNG", "tcvn3") == "TRƯỜNG"
    assert convert_legacy("Së GI¸O DôC Vµ §µO T¹O", "tcvn3") == "SỞ GIÁO DỤC VÀ ĐÀO TẠO"


def test_tcvn3_title_case_and_acronyms_are_left_alone():
    assert convert_legacy("Së Gi¸o dôc - GD&§T - UBND tØnh", "tcvn3") == "Sở Giáo dục - GD&ĐT - UBND tỉnh"
    assert convert_legacy("TR¦êNG", "tcvn3", fix_case=False) == "TRƯờNG"


def test_vni_upper_case_is_exact():
    assert convert_legacy("TRÖÔØNG TIEÅU HOÏC", "vni") == "TRƯỜNG TIỂU HỌC"
    assert detect_legacy_encoding("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM") == "vni"


def test_tcvn3_keeps_windows_punctuation():
    assert convert_legacy("\u201cTr\u00adêng\u201d \u2013 ¸o\u2026", "tcvn3") == "\u201cTrường\u201d \u2013 áo\u2026"


# --- round trips -------------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_round_trip_through_text(sentence, encoding):
    legacy = encode_legacy(sentence, encoding)
    assert legacy != sentence
    assert all(ord(char) <= 0xFF for char in legacy)
    assert detect_legacy_encoding(legacy) == encoding
    assert convert_legacy(legacy, encoding) == sentence
    assert to_unicode(legacy) == (sentence, encoding)


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_round_trip_through_bytes(sentence, encoding):
    data = encode_legacy(sentence, encoding).encode("cp1252")
    assert decode_bytes(data) == (sentence, encoding)


@pytest.mark.parametrize("sentence", VNI_ONLY_SENTENCES)
def test_vni_round_trip_with_toned_capitals(sentence):
    assert convert_legacy(encode_legacy(sentence, "vni"), "vni") == sentence


def test_round_trip_of_decomposed_input_gives_nfc():
    decomposed = unicodedata.normalize("NFD", SENTENCES[0])
    for encoding in ("tcvn3", "vni"):
        result = convert_legacy(encode_legacy(decomposed, encoding), encoding)
        assert result == SENTENCES[0]
        assert unicodedata.is_normalized("NFC", result)


# --- what must not be converted ----------------------------------------------------------------------

NOT_LEGACY = [
    "Phòng Giáo dục và Đào tạo thành phố Thủ Dầu Một",
    unicodedata.normalize("NFD", "Trường Tiểu học Phú Cường"),
    "Tôi là giáo viên. Em ôm con mèo. Bà già vào nhà. Chào cô.",
    "CÔNG TÁC GIÁO VIÊN",
    "Truong Tieu hoc Phu Cuong",
    "The café served a naïve résumé; © 2024 ACME® Corp. Price: £5, 25°C ±2, ½ off.",
    "Le café où je suis né, à côté de l'église, était très agréable. Noël approche; naïve gaîté.",
    "Il eût fallu qu'il vînt. Où est-il ? Là où il était né, près de l'hôtel.",
    "Über den Fluß: größer, schön, Mädchen, Käse, Grüße aus München.",
    "El niño comió piña. ¿Dónde está? ¡Olé! Año, señor, mañana.",
    "Não sei se você está em São Paulo; a lição é difícil.",
    "Jean né à Paris",
    "infor\u00admation tech\u00adnology",
    "",
]


@pytest.mark.parametrize("text", NOT_LEGACY)
def test_ordinary_text_is_not_flagged(text):
    assert detect_legacy_encoding(text) is None
    assert to_unicode(text) == (text, None)


def test_detection_rejects_non_strings():
    assert detect_legacy_encoding(None) is None
    assert to_unicode(None) == (None, None)


def test_mixed_unicode_vietnamese_is_never_converted():
    text = "Trường Tiểu học - Phßng Gi¸o dôc"
    assert detect_legacy_encoding(text) is None


def test_tcvn3_is_not_read_as_vni_and_vice_versa():
    for legacy, _ in TCVN3_KNOWN:
        assert detect_legacy_encoding(legacy) != "vni"
    for legacy, _ in VNI_KNOWN:
        assert detect_legacy_encoding(legacy) != "tcvn3"


# --- conversion API ----------------------------------------------------------------------------------


def test_convert_legacy_rejects_unknown_encoding():
    with pytest.raises(ValueError, match="viqr"):
        convert_legacy("abc", "viqr")


def test_convert_legacy_accepts_aliases_and_empty_text():
    assert convert_legacy("Gi¸o", "ABC") == "Giáo"
    assert convert_legacy("Giaùo", "VNI-Windows") == "Giáo"
    assert convert_legacy("", "tcvn3") == ""
    assert convert_legacy(None, "vni") == ""


def test_convert_legacy_cp1258_text_read_as_windows_1252():
    data = b"Tr\xfd\xf5\xccng Ti\xea\xd2u ho\xf2c"
    assert convert_legacy(data.decode("cp1252"), "cp1258") == "Trường Tiểu học"


@pytest.mark.parametrize(
    ("word", "expected"),
    [("nghiêng", True), ("người", True), ("khuya", True), ("Quốc", True), ("gì", True), ("xoong", True),
     ("thuở", True), ("TRƯỜNG", True), ("tr\u00adêng", False), ("viờn", False), ("hello", False),
     ("hoàá", False), ("mnb", False), ("bă", False)],
)  # fmt: skip
def test_is_vietnamese_syllable(word, expected):
    assert is_vietnamese_syllable(word) is expected


# --- bytes -------------------------------------------------------------------------------------------


def test_decode_bytes_literal_tcvn3():
    data = b"Ph\xdfng Gi\xb8o d\xf4c v\xb5 \xa7\xb5o t\xb9o"
    assert decode_bytes(data) == ("Phòng Giáo dục và Đào tạo", "tcvn3")


def test_decode_bytes_tcvn3_with_smart_quotes():
    data = b"\x93Tr\xad\xeang Ti\xd3u h\xe4c\x94 \x96 Ph\xdfng Gi\xb8o d\xf4c"
    assert decode_bytes(data) == ("\u201cTrường Tiểu học\u201d \u2013 Phòng Giáo dục", "tcvn3")


def test_decode_bytes_literal_vni():
    data = b"Tr\xf6\xf4\xf8ng Tie\xe5u ho\xefc"
    assert decode_bytes(data) == ("Trường Tiểu học", "vni")


def test_decode_bytes_literal_cp1258():
    data = b"Tr\xfd\xf5\xccng Ti\xea\xd2u ho\xf2c"
    assert decode_bytes(data) == ("Trường Tiểu học", "cp1258")


@pytest.mark.parametrize("sentence", [*SENTENCES, *VNI_ONLY_SENTENCES])
def test_decode_bytes_cp1258_sentences(sentence):
    text, encoding = decode_bytes(cp1258_bytes(sentence))
    assert (text, encoding) == (sentence, "cp1258")


def test_decode_bytes_utf8_plain_and_with_bom():
    text = "Thủ tục - Biểu mẫu"
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")
    assert decode_bytes(b"\xef\xbb\xbf" + text.encode("utf-8")) == (text, "utf-8-sig")


def test_decode_bytes_utf8_is_returned_in_nfc():
    assert decode_bytes(unicodedata.normalize("NFD", "Trường").encode("utf-8")) == ("Trường", "utf-8")


def test_decode_bytes_utf16_with_bom():
    assert decode_bytes("Đào tạo".encode("utf-16")) == ("Đào tạo", "utf-16")


def test_decode_bytes_utf8_holding_legacy_gibberish():
    data = "Phßng Gi¸o dôc vµ §µo t¹o".encode()
    assert decode_bytes(data) == ("Phòng Giáo dục và Đào tạo", "utf-8+tcvn3")


def test_decode_bytes_western_text_falls_back_to_cp1252():
    data = "Le café où il est né \u2013 crème brûlée".encode("cp1252")
    assert decode_bytes(data) == ("Le café où il est né \u2013 crème brûlée", "cp1252")


def test_decode_bytes_undefined_cp1252_bytes_do_not_fail():
    text, encoding = decode_bytes(b"caf\xe9 \x81\x8d")
    assert text == "café \x81\x8d"
    assert encoding == "cp1252"


def test_decode_bytes_empty_and_type_error():
    assert decode_bytes(b"") == ("", "utf-8")
    with pytest.raises(TypeError):
        decode_bytes("already text")
