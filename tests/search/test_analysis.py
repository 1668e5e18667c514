"""The Vietnamese analyzer: NFC, folding (đ included), tone placement, no stemming, no stop words."""

import unicodedata

import pytest

from portal.search.analysis import exact_analyzer, exact_word, fold_word, folding_analyzer, has_marks, query_words
from portal.text import fold

VIETNAMESE_LETTERS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"


def words(analyzer, text):
    return [token.text for token in analyzer(text)]


def test_folding_matches_the_platform_fold_for_every_vietnamese_letter():
    for letter in VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper():
        assert fold_word(letter) == fold(letter).lower(), letter
        assert fold_word(letter).isascii()


@pytest.mark.parametrize(
    "text",
    [
        "Thủ tục - Biểu mẫu",
        "THỦ TỤC - BIỂU MẪU",
        "thu tuc bieu mau",
        unicodedata.normalize("NFD", "Thủ tục - Biểu mẫu"),
    ],
)
def test_every_spelling_folds_to_the_same_words(text):
    assert words(folding_analyzer(), text) == ["thu", "tuc", "bieu", "mau"]


def test_exact_form_keeps_vowel_marks_and_ignores_tone_placement():
    assert exact_word("hoà") == exact_word("hòa") == exact_word("HÒA") == "hoa2"
    assert exact_word("thuỷ") == exact_word("thủy") == "thuy3"
    assert exact_word(unicodedata.normalize("NFD", "Đường")) == "đương2"
    # Different words stay different: ban, bán, bàn, bạn.
    assert len({exact_word(w) for w in ("ban", "bán", "bàn", "bạn", "bản", "bẫn")}) == 6


def test_no_english_stemming_no_stop_words_no_minimum_length():
    assert words(folding_analyzer(), "ý kiến a an is the running") == ["y", "kien", "a", "an", "is", "the", "running"]
    assert words(exact_analyzer(), "Ý kiến") == ["y1", "kiên1"]


def test_document_numbers_and_abbreviations_split_into_words():
    assert words(folding_analyzer(), "Thông tư 36/2017/TT-BGDĐT; GD&ĐT; TH-THCS") == [
        "thong",
        "tu",
        "36",
        "2017",
        "tt",
        "bgddt",
        "gd",
        "dt",
        "th",
        "thcs",
    ]


def test_query_words_mark_only_accented_words_for_exact_matching():
    parsed = query_words("Hồ sơ  tuyen sinh hồ sơ")
    assert [folded for _, folded, _ in parsed] == ["ho", "so", "tuyen", "sinh"]
    assert [has_marks(original) for original, _, _ in parsed] == [True, True, False, False]
    assert query_words("!!! ??? ---") == []
