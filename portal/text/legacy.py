"""Convert text typed in legacy Vietnamese 8-bit encodings (TCVN3/ABC, VNI, Windows-1258) to Unicode NFC.

Why: old ``.doc``, ``.xls`` and PDF files of the education offices were typed with ``.VnTime`` (TCVN3)
or ``VNI-Times`` fonts. Extracted or pasted, their text arrives as Windows-1252 gibberish such as
``"Tr\\xadêng"`` or ``"Tröôøng"`` for "Trường"; TCVN 6909:2001 requires Unicode, and search needs it.
The tables and their derivation are in :mod:`portal.text.legacy_tables`.

Detection compares words before and after a candidate conversion: legacy text turns from non-words into
well-formed Vietnamese syllables, while Unicode Vietnamese, English or French does not improve. Text
that already holds Unicode Vietnamese letters (beyond Latin-1) is never treated as legacy.
"""

import re
import unicodedata

from portal.text.legacy_tables import (
    TCVN3_CASELESS_LETTERS,
    TCVN3_TO_UNICODE,
    TCVN3_VN1_CAPITALS,
    UNICODE_TO_TCVN3,
    UNICODE_TO_VNI,
    VNI_TO_UNICODE,
)
from portal.text.normalize import fold

TCVN3 = "tcvn3"
VNI = "vni"
CP1258 = "cp1258"

_ALIASES = {
    "tcvn3": TCVN3, "tcvn": TCVN3, "abc": TCVN3, "vntime": TCVN3,
    "vni": VNI, "vni-windows": VNI, "vni-times": VNI,
    "cp1258": CP1258, "windows-1258": CP1258,
}  # fmt: skip

_TCVN3_TRANSLATION = str.maketrans({**TCVN3_VN1_CAPITALS, **TCVN3_TO_UNICODE})
_TCVN3_ENCODE = str.maketrans(UNICODE_TO_TCVN3)
_VNI_SEQUENCE = re.compile("|".join(re.escape(k) for k in sorted(VNI_TO_UNICODE, key=len, reverse=True)))
_VNI_ENCODE = str.maketrans(UNICODE_TO_VNI)

# Windows-1252 characters above Latin-1 (0x80-0x9F); they are what a legacy byte stream may contain.
_CP1252_HIGH = {
    byte: bytes([byte]).decode("cp1252") for byte in range(0x80, 0xA0) if byte not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}
_CP1252_HIGH_CHARS = frozenset(_CP1252_HIGH.values())
_CP1252_HIGH_TRANSLATION = str.maketrans({chr(byte): char for byte, char in _CP1252_HIGH.items()})
_CP1252_HIGH_REVERSE = {char: byte for byte, char in _CP1252_HIGH.items()}


def _canonical_encoding(encoding):
    key = (encoding or "").strip().lower().replace("_", "-")
    if key not in _ALIASES:
        raise ValueError(f"Unknown legacy Vietnamese encoding: {encoding!r} (expected tcvn3, vni or cp1258)")
    return _ALIASES[key]


# --- conversion --------------------------------------------------------------------------------------


def convert_legacy(text, encoding, *, fix_case=True):
    """Convert ``text`` (legacy bytes seen through Windows-1252/Latin-1) from ``encoding`` to NFC.

    ``encoding`` is ``"tcvn3"``, ``"vni"`` or ``"cp1258"`` (text of Windows-1258 bytes that was decoded
    as Windows-1252). For TCVN3, ``fix_case`` restores capitals that the encoding cannot carry: see
    :func:`_restore_tcvn3_capitals`. The caller must know the text is legacy: Unicode letters such as
    ``é`` are legacy codes too (``é`` is TCVN3 for ``ộ``).
    """
    kind = _canonical_encoding(encoding)
    if not text:
        return "" if text is None else text
    if kind == TCVN3:
        converted = text.translate(_TCVN3_TRANSLATION)
        if fix_case:
            converted = _restore_tcvn3_capitals(converted)
    elif kind == VNI:
        converted = _VNI_SEQUENCE.sub(lambda match: VNI_TO_UNICODE[match.group()], text)
    else:
        converted = _text_to_8bit(text).decode("cp1258", errors="replace")
    return unicodedata.normalize("NFC", converted)


def encode_legacy(text, encoding):
    """Unicode to TCVN3 or VNI, as an old font would have stored it (for tests and for export).

    Lossy for TCVN3 capitals with a tone mark: they get their lower-case code, as with ``.VnTimeH``.
    """
    kind = _canonical_encoding(encoding)
    composed = unicodedata.normalize("NFC", text or "")
    if kind == TCVN3:
        return composed.translate(_TCVN3_ENCODE)
    if kind == VNI:
        return composed.translate(_VNI_ENCODE)
    raise ValueError("encode_legacy supports tcvn3 and vni; use str.encode('cp1258') for Windows-1258")


def _text_to_8bit(text):
    """Bytes behind a string that was decoded as Windows-1252 or Latin-1."""
    out = bytearray()
    for char in text:
        code = ord(char)
        if code < 0x100:
            out.append(code)
        elif char in _CP1252_HIGH_REVERSE:
            out.append(_CP1252_HIGH_REVERSE[char])
        else:
            out.extend(b"?")
    return bytes(out)


# Letters plus the Latin-1 signs that TCVN3 uses as letters (soft hyphen, "µ", "¸", ...).
_WORD = re.compile(r"(?:[^\W\d_]|[\u00a1-\u00bf\u00d7\u00f7])+")


def _restore_tcvn3_capitals(text):
    """Upper-case words and lines that were evidently typed in capitals (the ``.VnTimeH`` convention).

    A toned letter converted from TCVN3 is always lower case. If a word has at least two letters that are
    certainly capitals (ASCII, or Ă Â Ê Ô Ơ Ư Đ) and none that is certainly lower case, it was written in
    capitals: ``"TR¦êNG"`` becomes ``"TRƯỜNG"``. A whole line whose certain letters are all capitals (at
    least four) is upper-cased too, which rescues one-letter words such as ``"SỞ"`` in a heading.
    Title-case words (``"Sở"``) stay as they are: the bytes cannot tell ``Sở`` from ``SỞ``.
    """

    def certain_counts(chunk):
        upper = lower = 0
        for char in chunk:
            if char in TCVN3_CASELESS_LETTERS or not char.isalpha():
                continue
            upper += char.isupper()
            lower += char.islower()
        return upper, lower

    def fix_word(match):
        word = match.group()
        upper, lower = certain_counts(word)
        if upper >= 2 and not lower and any(char in TCVN3_CASELESS_LETTERS for char in word):
            return word.upper()
        return word

    lines = text.splitlines(keepends=True)
    fixed = []
    for line in lines:
        upper, lower = certain_counts(line)
        if upper >= 4 and not lower:
            fixed.append(line.upper())
        else:
            fixed.append(_WORD.sub(fix_word, line))
    return "".join(fixed)


# --- detection ---------------------------------------------------------------------------------------

_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
# Nuclei (with their off-glide) that end the syllable, and those that may take a final consonant.
_OPEN_NUCLEI = "ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu iêu yêu oai oao oay oeo uây uôi ươi ươu uya uyu"
_CLOSABLE_NUCLEI = "a e ê i o ô ơ u ư y oa oe oo uê uơ uy"
_CLOSED_NUCLEI = "ă â iê yê oă uâ uô ươ uyê"  # these need a final consonant


def _alternation(words):
    return "|".join(sorted(words.split(), key=len, reverse=True))


_SYLLABLE = re.compile(
    rf"{_ONSET}(?:(?:{_alternation(_OPEN_NUCLEI)})"
    rf"|(?:{_alternation(_CLOSABLE_NUCLEI)})(?:ch|ng|nh|[cmnpt])?"
    rf"|(?:{_alternation(_CLOSED_NUCLEI)})(?:ch|ng|nh|[cmnpt]))"
)


def is_vietnamese_syllable(word):
    """True if ``word`` is shaped like a Vietnamese syllable (onset, vowel nucleus, coda, one tone).

    A permissive shape test, not a dictionary: it is what separates ``"trường"`` from ``"tr\\xadêng"``.
    """
    decomposed = unicodedata.normalize("NFD", word.lower())
    if sum(char in _TONE_MARKS for char in decomposed) > 1:
        return False
    toneless = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
    return bool(_SYLLABLE.fullmatch(toneless))


_ASCII_LETTER = re.compile(r"[A-Za-z]")
_VOWEL = re.compile(r"[aeiouyAEIOUY]")
# Sequences that neither Unicode Vietnamese nor (nearly) any Western language writes inside a word.
# TCVN3: Latin-1 signs used as letters ("µ", "¸", soft hyphen...), a capital right after a small letter,
# "ß ç þ" (ò ỗ ỵ, bytes VNI never uses), or "ä ë å ü" (ọ ở ồ ỹ) right after a consonant, where VNI
# never puts its accent bytes.
_TCVN3_STRONG = re.compile(
    r"[\u00a1-\u00ae\u00b5-\u00b9\u00bb-\u00be\u00d7\u00f7ßçþ]|[a-z][\u00c6-\u00de]|[bcdghklmnpqrstvx][äëåü]"
)
# VNI: a vowel followed by an accent byte that no Vietnamese or French word puts there ("aù", "eá", "oä",
# "uø", "öô" for "ươ"...), or "ñ" (đ) before a vowel. "oà"/"oá"/"oã" are left out because Unicode "hoà",
# "hoá" and "ngoãn" write them, "uû" because it is TCVN3 "uỷ", and a lone "ö" or "æ" because they are
# also TCVN3 "ử" and "ổ".
_VNI_STRONG = re.compile(
    r"[aeiouyAEIOUYôÔöÖ][øØïÏõÕ]|[aeAE][âÂáÁàÀåÅãÃäÄ]|[oO][âÂåÅäÄ]|[aA][êÊéÉèÈëËüÜúÚ]"
    r"|[aeyAEYôÔöÖ][ùÙûÛ]|[uU][ùÙ]|[öÖ][ôÔ]|[ñÑ][aeiouyAEIOUY]"
)


def _has_unicode_vietnamese(text):
    """True if ``text`` holds letters or marks that no Windows-1252 reading of legacy bytes produces."""
    for char in text:
        if ord(char) > 0xFF and char not in _CP1252_HIGH_CHARS:
            if char.isalpha() or unicodedata.combining(char):
                return True
    return False


def _evidence(words, kind, strong_pattern):
    """(changed words, of which Vietnamese syllables after conversion, of which with a strong sequence).

    A lone sign such as "©" is not a word, and only conversions that yield a vowel count: acronyms such
    as "SGDĐT" are neither evidence nor counter-evidence.
    """
    changed = valid = confirmed = 0
    for word in words:
        if len(word) < 2 and not _ASCII_LETTER.search(word):
            continue
        converted = convert_legacy(word, kind, fix_case=False)
        if converted == word or not _VOWEL.search(fold(converted)):
            continue
        changed += 1
        if is_vietnamese_syllable(converted):
            valid += 1
            confirmed += bool(strong_pattern.search(word))
    return changed, valid, confirmed


def _convincing(evidence):
    """Most changed words must become syllables, and some must carry a tell-tale legacy sequence.

    French ``"où"`` reads as VNI ``"ó"`` and ``"né"`` as TCVN3 ``"nộ"``: syllables, but without a strong
    sequence they prove nothing. One confirmed word is enough only among at most four changed words.
    """
    changed, valid, confirmed = evidence
    if not changed or valid < 0.6 * changed:
        return False
    return confirmed >= 2 or (confirmed >= 1 and changed <= 4)


def detect_legacy_encoding(text):
    """Return ``"tcvn3"``, ``"vni"`` or None for text that may be legacy bytes read as Windows-1252."""
    if not text or not isinstance(text, str) or _has_unicode_vietnamese(text):
        return None
    words = _WORD.findall(text)
    if not words:
        return None
    results = {}
    for kind, strong in ((TCVN3, _TCVN3_STRONG), (VNI, _VNI_STRONG)):
        evidence = _evidence(words, kind, strong)
        if _convincing(evidence):
            results[kind] = (evidence[2], evidence[1])
    if not results:
        return None
    ranked = sorted(results.items(), key=lambda item: item[1], reverse=True)
    if len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return None  # equally plausible: converting would be a guess
    return ranked[0][0]


def to_unicode(text):
    """Detect and convert legacy text: ``(converted_nfc, encoding)``, or ``(text, None)`` unchanged."""
    encoding = detect_legacy_encoding(text)
    if encoding is None:
        return text, None
    return convert_legacy(text, encoding), encoding


# --- bytes -------------------------------------------------------------------------------------------

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def _vietnamese_word_score(text):
    """Number of words with a non-ASCII letter that are Vietnamese syllables."""
    return sum(1 for word in _WORD.findall(text) if not word.isascii() and is_vietnamese_syllable(word))


def _decode_cp1252(data):
    """Windows-1252, with the five bytes it leaves undefined read as Latin-1 (never fails)."""
    return data.decode("latin-1").translate(_CP1252_HIGH_TRANSLATION)


def decode_bytes(data):
    """Decode a file's bytes to NFC text: ``(text, encoding_name)``.

    Order: a BOM (UTF-8 or UTF-16); strict UTF-8; otherwise an 8-bit reading, where Windows-1258 wins
    only if it yields more Vietnamese syllables than Windows-1252 followed by TCVN3/VNI detection.
    ``encoding_name`` is ``"utf-8"``, ``"utf-8-sig"``, ``"utf-16"``, ``"cp1258"``, ``"cp1252"``, ``"tcvn3"``
    or ``"vni"``; Unicode text that still holds legacy gibberish (pasted from an old document) gets the
    legacy name appended, e.g. ``"utf-8+tcvn3"``.
    """
    if isinstance(data, str):
        raise TypeError("decode_bytes expects bytes; use to_unicode() for text")
    data = bytes(data)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _finish_unicode(data.decode(codec, errors="replace"), codec)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return _finish_unicode(text, "utf-8")

    western = _decode_cp1252(data)
    converted, legacy = to_unicode(western)
    vietnamese = unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))
    if _has_unicode_vietnamese(vietnamese):
        score = _vietnamese_word_score(vietnamese)
        if score and score > _vietnamese_word_score(converted):
            return vietnamese, CP1258
    if legacy:
        return converted, legacy
    return unicodedata.normalize("NFC", western), "cp1252"


def _finish_unicode(text, codec):
    converted, legacy = to_unicode(text)
    if legacy:
        return converted, f"{codec}+{legacy}"
    return unicodedata.normalize("NFC", text), codec
