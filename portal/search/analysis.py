"""Vietnamese text analysis for the Whoosh index: NFC, lowercase, folded and exact forms.

Why custom analyzers: Whoosh's (and haystack's) default ``StemmingAnalyzer`` applies an English
Porter stemmer and English stop words ("a", "an", "is"... hit Vietnamese syllables), drops one-letter
tokens ("ý" in "ý kiến"), and keeps diacritics, so ``thu tuc`` would never find ``thủ tục``.

Two forms of every word are indexed:

* **folded** (``text``, ``title``): every tone and vowel mark removed, ``đ`` -> ``d``, lowercase.
  ``Thủ tục``, ``THỦ TỤC``, ``thu tuc`` and NFD-typed input all become ``thu tuc``.
* **exact** (``text_exact``, ``title_exact``): lowercase with vowel marks kept, and the tone written as
  a trailing digit instead of a mark on some vowel. That makes the old and new tone placements equal
  (``hoà`` and ``hòa`` both become ``hoa2``) while ``bán``/``bàn``/``ban`` stay distinct, so a query
  typed with the right diacritics ranks exact matches first.

Whoosh pickles the schema (with these analyzers) into the index, so the classes must stay importable
at this path; changing them needs ``rebuild_search``. https://whoosh.readthedocs.io/en/latest/analysis.html
"""

import re
import unicodedata
from functools import lru_cache

from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer
from whoosh.support.charset import accent_map

# Word characters only: "TH-THCS", "24/2018/QH14" and "GD&ĐT" split into their parts, and a missing
# space after a full stop ("học sinh.Các") does not glue two words together.
WORD_PATTERN = r"\w+"

# Tone marks (dấu thanh) as combining characters; vowel marks (â ă ê ô ơ ư) are not tones.
TONE_DIGITS = {
    "\u0301": "1",  # sắc
    "\u0300": "2",  # huyền
    "\u0309": "3",  # hỏi
    "\u0303": "4",  # ngã
    "\u0323": "5",  # nặng
}

# whoosh.support.charset.accent_map also maps a few combining marks to letters (U+0303 -> "p",
# U+0323 -> "l"), which would turn a stray NFD tilde into a "p". Marks are stripped by
# decomposition instead; the map is kept for letters that do not decompose (đ, ø, ł...).
_LETTER_MAP = {code: value for code, value in accent_map.items() if not unicodedata.combining(chr(code))}
_LETTER_MAP.update({ord("đ"): "d", ord("Đ"): "d", ord("ð"): "d", ord("Ð"): "d"})

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def nfc(text):
    return unicodedata.normalize("NFC", text or "")


@lru_cache(maxsize=200_000)  # words repeat a lot: caching makes indexing ~2x faster (make bench)
def fold_word(text):
    """Lowercase ASCII-ish key: ``"Đường"`` -> ``"duong"`` (combining marks dropped, đ -> d)."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.translate(_LETTER_MAP)


@lru_cache(maxsize=200_000)
def exact_word(text):
    """Lowercase word with vowel marks kept and the tone moved to a trailing digit: ``"Hoà"`` -> ``"hoa2"``."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    tone = ""
    kept = []
    for ch in decomposed:
        digit = TONE_DIGITS.get(ch)
        if digit is not None:
            tone = tone or digit
        else:
            kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept)) + tone


def has_marks(text):
    """True when the word carries any diacritic (or đ): only such query words get an exact clause."""
    return fold_word(text) != text.lower()


def clean_text(text):
    """NFC without control characters (they are invalid in XML feeds and useless in an index)."""
    return _CONTROL.sub(" ", nfc(text))


class NFCTokenizer(RegexTokenizer):
    """Tokenizes the NFC form, so an NFD ``e`` + U+0302 + U+0301 is one word character ``ế``.

    Character offsets refer to the NFC string; the indexed text is stored in NFC so they line up.
    """

    def __init__(self):
        super().__init__(expression=WORD_PATTERN)

    def __call__(self, value, **kwargs):
        return super().__call__(nfc(value), **kwargs)


class FoldFilter(Filter):
    """Replaces each token's text by its folded form (see :func:`fold_word`)."""

    def __call__(self, tokens):
        for token in tokens:
            token.text = fold_word(token.text)
            yield token


class ExactFilter(Filter):
    """Replaces each token's text by its exact, tone-placement-independent form (:func:`exact_word`)."""

    def __call__(self, tokens):
        for token in tokens:
            token.text = exact_word(token.text)
            yield token


class PairFilter(Filter):
    """Replaces the tokens by each pair of neighbouring tokens (``"hoc sinh"``, ``"sinh gioi"``).

    Why: a two-word phrase (most Vietnamese words are two syllables) becomes one term, so the query
    matches it from one posting list instead of checking word positions in every document that has
    both words, which in pure Python was most of the time of a search at 20,000 documents.
    """

    def __call__(self, tokens):
        previous = None
        for token in tokens:
            text = token.text
            if previous is not None:
                token.text = f"{previous} {text}"
                yield token
            previous = text


def folding_analyzer():
    """NFC -> words -> lowercase -> folded. No stemming, no stop words, no minimum length."""
    return NFCTokenizer() | LowercaseFilter() | FoldFilter()


def exact_analyzer():
    """NFC -> words -> lowercase -> tone as digit (diacritics otherwise kept)."""
    return NFCTokenizer() | LowercaseFilter() | ExactFilter()


def pairs_analyzer():
    """NFC -> words -> lowercase -> folded -> neighbouring pairs (the ``*_pairs`` fields)."""
    return NFCTokenizer() | LowercaseFilter() | FoldFilter() | PairFilter()


def folded_words(text):
    """The set of folded words of ``text``, tokenized like the index."""
    return {fold_word(token.text) for token in NFCTokenizer()(clean_text(text))}


def query_words(text, limit=16):
    """The words of a visitor's query as ``(original, folded, exact)`` triples, in order, deduplicated."""
    seen, words = set(), []
    for token in NFCTokenizer()(clean_text(text)[:500]):
        word = token.text
        folded, exact = fold_word(word), exact_word(word)
        if exact in seen:
            continue
        seen.add(exact)
        words.append((word, folded, exact))
        if len(words) >= limit:
            break
    return words
