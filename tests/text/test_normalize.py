"""NFC, diacritic folding and look-alike letters (portal.text.normalize).

Expected values are written out by hand; decomposed input is spelled with explicit combining marks so the
test does not depend on how this file itself is normalized.
"""

import unicodedata

import pytest

from portal.text.normalize import ascii_slug, fold, nfc, normalize_confusables

# "Trường" decomposed: u + horn + ..., o + horn + grave.
NFD_TRUONG = "Tru\u031bo\u031b\u0300ng"


def test_nfc_composes_decomposed_vietnamese():
    assert NFD_TRUONG != "Trường"
    assert nfc(NFD_TRUONG) == "Trường"
    assert len(nfc(NFD_TRUONG)) == 6
    assert unicodedata.is_normalized("NFC", nfc(NFD_TRUONG))


def test_nfc_recomposes_every_tone_on_a_stacked_vowel():
    # ệ written as e + circumflex + dot below, and as e + dot below + circumflex (canonical reordering).
    assert nfc("Vie\u0302\u0323t") == "Việt"
    assert nfc("Vie\u0323\u0302t") == "Việt"


@pytest.mark.parametrize("value", [None, 42, b"bytes"])
def test_nfc_passes_non_strings_through(value):
    assert nfc(value) is value


def test_fold_maps_d_with_stroke_both_cases():
    assert fold("đ") == "d"
    assert fold("Đ") == "D"
    assert fold("Đào tạo") == "Dao tao"


def test_fold_removes_tones_and_vowel_marks_keeping_case():
    assert fold("Thủ tục - Biểu mẫu") == "Thu tuc - Bieu mau"
    assert fold("TRƯỜNG TIỂU HỌC") == "TRUONG TIEU HOC"
    assert fold("ă â ê ô ơ ư") == "a a e o o u"


def test_fold_accepts_decomposed_input():
    assert fold(NFD_TRUONG) == "Truong"


@pytest.mark.parametrize(
    ("old_style", "new_style"),
    [("hoà", "hòa"), ("thuỷ", "thủy"), ("xoá", "xóa"), ("khoẻ", "khỏe"), ("Hoà Bình", "Hòa Bình")],
)
def test_both_tone_placements_fold_to_the_same_key(old_style, new_style):
    assert old_style != new_style
    assert fold(old_style) == fold(new_style)


def test_hoa_folds_to_hoa_in_both_placements():
    assert fold("hoà") == "hoa"
    assert fold("hòa") == "hoa"
    assert fold("ho\u0300a") == "hoa"  # decomposed, tone on the a


def test_fold_of_empty_and_none():
    assert fold("") == ""
    assert fold(None) == ""


def test_fold_treats_icelandic_eth_as_d():
    assert fold("Ðào") == "Dao"
    assert fold("ð") == "d"


def test_normalize_confusables_replaces_eth_by_d_with_stroke():
    result = normalize_confusables("BGDÐT")
    assert result == "BGDĐT"
    assert "\u0110" in result and "\u00d0" not in result
    assert normalize_confusables("ðoàn") == "đoàn"


def test_normalize_confusables_also_composes():
    assert normalize_confusables("Ðo\u0300n") == "Đòn"


def test_normalize_confusables_leaves_other_text_and_non_strings():
    assert normalize_confusables("Thủ Dầu Một") == "Thủ Dầu Một"
    assert normalize_confusables(None) is None


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Tuyển sinh 2025", "tuyen-sinh-2025"),
        ("Thủ tục - Biểu mẫu", "thu-tuc-bieu-mau"),
        ("Phòng GD&ĐT Thủ Dầu Một", "phong-gd-dt-thu-dau-mot"),
        ("  Trường  THCS  ", "truong-thcs"),
        (NFD_TRUONG, "truong"),
        ("", ""),
        (None, ""),
    ],
)
def test_ascii_slug(text, slug):
    assert ascii_slug(text) == slug


def test_ascii_slug_custom_separator():
    assert ascii_slug("Kế hoạch năm học", separator="_") == "ke_hoach_nam_hoc"
