"""NFC normalization and diacritic folding for Vietnamese.

Why: text pasted from macOS or some Windows IMEs arrives decomposed (NFD), and
visitors type without diacritics. Storing NFC and comparing folded keys makes
``thu tuc`` match ``thủ tục``. See https://unicode.org/reports/tr15/.
"""

import re
import unicodedata

# Letters that do not decompose under NFD and so survive combining-mark removal.
_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D"})

# Look-alikes typed by mistake for Vietnamese letters: Icelandic eth for Đ.
_CONFUSABLES = str.maketrans({"Ð": "Đ", "ð": "đ"})


def nfc(text):
    """Return ``text`` in Unicode NFC (None and non-strings pass through)."""
    if not isinstance(text, str):
        return text
    return unicodedata.normalize("NFC", text)


def normalize_confusables(text):
    """NFC plus replacement of look-alike letters (``Ð`` U+00D0 becomes ``Đ`` U+0110)."""
    return nfc(text).translate(_CONFUSABLES) if isinstance(text, str) else text


def fold(text):
    """Remove every tone and vowel mark and map ``đ`` to ``d``; keeps case.

    ``fold("Thủ tục - Biểu mẫu") == "Thu tuc - Bieu mau"``.
    """
    if not text:
        return "" if text is None else text
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)


_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def ascii_slug(text, separator="-"):
    """Lowercase ASCII slug of Vietnamese text: ``"Tuyển sinh 2025"`` -> ``tuyen-sinh-2025``."""
    folded = fold(nfc(text or "")).lower()
    return _NON_ALNUM.sub(separator, folded).strip(separator)
