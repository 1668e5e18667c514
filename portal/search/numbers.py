"""Legal-document numbers (số ký hiệu) as exact keys: ``09/2024/TT-BGDĐT`` finds that document first.

Why a separate field: the words of a number ("09", "2024", "tt", "bgddt") also occur in every page
that cites it, so the text field alone ranks the cited document no higher than a page quoting it.
The numbers written near the top of a page (title and first lines, where a document states its own
number) are indexed as normalized keys in ``codes``; a number in the query is normalized the same way
and matched against them. Spellings people type are equal after normalization: ``09/2024/TT-BGDĐT``,
``09/2024/tt-bgddt``, ``9/2024/TT-BGDDT`` and, without the suffix, ``TT 09/2024`` (key ``9/2024``).
"""

import re

from portal.search.analysis import clean_text, fold_word

HEAD_CHARS = 300  # where a page states its own number: title and first lines

# number / year [/ suffix]  or  number / suffix (decisions and letters: "1234/QĐ-UBND")
_WITH_YEAR = re.compile(r"(?<![\w/])(\d{1,5})\s*/\s*((?:19|20)\d\d)(?:\s*/\s*([^\W_]+(?:\s*-\s*[^\W_]+)*))?")
_WITHOUT_YEAR = re.compile(r"(?<![\w/])(\d{1,5})\s*/\s*([^\W\d_][^\W_]*(?:\s*-\s*[^\W_]+)+)")


def _suffix(text):
    return "-".join(fold_word(part.strip()) for part in text.split("-") if part.strip())


def number_keys(text):
    """Normalized keys of every document number in ``text``, most specific first, deduplicated."""
    text = clean_text(text)
    keys = []
    for match in _WITH_YEAR.finditer(text):
        base = f"{int(match.group(1))}/{match.group(2)}"
        if match.group(3):
            keys.append(f"{base}/{_suffix(match.group(3))}")
        keys.append(base)
    for match in _WITHOUT_YEAR.finditer(text):
        keys.append(f"{int(match.group(1))}/{_suffix(match.group(2))}")
    return list(dict.fromkeys(keys))


# Words before a number that make it a citation of another document, not the page's own number.
_CITATION = re.compile(r"\b(can cu|theo|thuc hien|trien khai|tai|kem theo|ve viec)\b")
_SENTENCES = re.compile(r"[\n;.]+")
_STATED = re.compile(r"\bsố\s*:?\s*(\d[^\s,;()]*)", re.IGNORECASE)


def head_codes(title, body):
    """The ``codes`` field value of a page: the numbers in its title, and in its first lines the
    numbers it states as its own ("Thông tư số 09/2024/TT-BGDĐT ..."), not those it cites ("Căn cứ
    Thông tư số ...", "công khai theo Thông tư 09/2024/...")."""
    keys = number_keys(title)
    for sentence in _SENTENCES.split((body or "")[:HEAD_CHARS]):
        for match in _STATED.finditer(sentence):
            if not _CITATION.search(fold_word(sentence[: match.start()])):
                keys += number_keys(match.group(1))
    return " ".join(dict.fromkeys(keys))
