"""Mapping tables for the legacy Vietnamese 8-bit encodings TCVN3 (ABC) and VNI.

Why a module of its own: the tables are data, derived once here from the standards and the fonts'
layout, and both :mod:`portal.text.legacy` and the tests read them.

Every legacy text we meet has already been decoded by someone as Windows-1252 (or Latin-1, which agrees
on 0xA0-0xFF), so the tables map *those characters* (byte ``0xB5`` is ``"µ"``) and not raw bytes.

TCVN3 (TCVN 5712:1993 "VN3", fonts ``.VnTime``/``.VnTimeH``, keyboard driver ABC)
-------------------------------------------------------------------------------
One byte per letter. VN3 carries the 67 lower-case letters and only seven capitals (Ă Â Ê Ô Ơ Ư Đ);
a capital toned vowel is typed with the lower-case code and shown in capitals by the ``.VnTimeH``
font, so the byte stream cannot tell ``Á`` from ``á``. Layout (byte, letter)::

    A1 Ă  A2 Â  A3 Ê  A4 Ô  A5 Ơ  A6 Ư  A7 Đ  A8 ă  A9 â  AA ê  AB ô  AC ơ  AD ư  AE đ
    B5 à  B6 ả  B7 ã  B8 á  B9 ạ     BB ằ  BC ẳ  BD ẵ  BE ắ  C6 ặ     C7 ầ  C8 ẩ  C9 ẫ  CA ấ  CB ậ
    CC è  CE ẻ  CF ẽ  D0 é  D1 ẹ     D2 ề  D3 ể  D4 ễ  D5 ế  D6 ệ     D7 ì  D8 ỉ  DC ĩ  DD í  DE ị
    DF ò  E1 ỏ  E2 õ  E3 ó  E4 ọ     E5 ồ  E6 ổ  E7 ỗ  E8 ố  E9 ộ     EA ờ  EB ở  EC ỡ  ED ớ  EE ợ
    EF ù  F1 ủ  F2 ũ  F3 ú  F4 ụ     F5 ừ  F6 ử  F7 ữ  F8 ứ  F9 ự     FA ỳ  FB ỷ  FC ỹ  FD ý  FE ỵ

(tones in the order huyền, hỏi, ngã, sắc, nặng; ``FD`` is ``ý`` in Latin-1 too.) So
``"Trường"`` is ``54 72 AD EA 6E 67``, which Windows shows as ``"Tr\\xadêng"``.

The full standard (VN1) also places capitals in the gaps of that range; no VN3 font uses those
positions, so reading them as VN1 capitals can only recover letters, never damage VN3 text. VN1's other
capitals sit on control codes and on 0x80-0x9F, where Windows-1252 has the curly quotes, dashes and
ellipsis that ABC documents really contain, so those are deliberately not mapped.

VNI (VNI-Windows, fonts ``VNI-Times``)
--------------------------------------
A base Latin letter followed by one accent byte; lower and upper case use the same bytes shifted by
0x20 (``ø``/``Ø``). Accent bytes after a plain vowel: ``ù`` sắc, ``ø`` huyền, ``û`` hỏi, ``õ`` ngã,
``ï`` nặng. After ``a e o``: ``â`` circumflex, then circumflex plus tone ``á`` sắc, ``à`` huyền, ``å``
hỏi, ``ã`` ngã, ``ä`` nặng. After ``a``: ``ê`` breve, then breve plus tone ``é`` sắc, ``è`` huyền, ``ú``
hỏi, ``ü`` ngã, ``ë`` nặng. Single bytes: ``ô`` ơ, ``ö`` ư (both take the tone bytes above), ``ñ`` đ,
``í ì æ ó ò`` for í ì ỉ ĩ ị, and ``î`` for ỵ. So ``"Trường"`` is ``"Tröôøng"``.
"""

import unicodedata

# --- TCVN3 -------------------------------------------------------------------------------------------

TCVN3_TO_UNICODE = {
    chr(code): letter
    for code, letter in {
        0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
        0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
        0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
        0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
        0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
        0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
        0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
        0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
        0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
        0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
        0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
        0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
        0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
        0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
    }.items()
}  # fmt: skip

# VN1 capitals in positions that VN3 leaves unused (decode only, see the module docstring).
TCVN3_VN1_CAPITALS = {
    chr(code): letter
    for code, letter in {
        0xAF: "Ằ", 0xBA: "Ẳ", 0xBF: "Ẵ", 0xC0: "Ắ", 0xC1: "Ầ", 0xC2: "Ẩ", 0xC3: "Ẫ", 0xC4: "Ấ",
        0xC5: "Ề", 0xCD: "Ể", 0xD9: "Ễ", 0xDA: "Ế", 0xDB: "Ồ", 0xE0: "Ổ", 0xF0: "Ỗ", 0xFF: "Ố",
    }.items()
}  # fmt: skip

# Lower-case toned letters whose capital TCVN3 cannot express: after conversion their case is a guess.
TCVN3_CASELESS_LETTERS = frozenset(
    letter
    for letter in TCVN3_TO_UNICODE.values()
    if letter.islower() and letter.upper() not in TCVN3_TO_UNICODE.values()
)


def _build_unicode_to_tcvn3():
    """Forward table; a capital without a VN3 code falls back to its lower-case code, as .VnTimeH does."""
    forward = {letter: code for code, letter in TCVN3_TO_UNICODE.items()}
    for letter in TCVN3_CASELESS_LETTERS:
        forward[letter.upper()] = forward[letter]
    return forward


UNICODE_TO_TCVN3 = _build_unicode_to_tcvn3()

# --- VNI ---------------------------------------------------------------------------------------------

_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
_CIRCUMFLEX, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"

# Accent bytes by tone ("" = no tone) for the three families of vowels.
_VNI_TONE = {"": "", _ACUTE: "ù", _GRAVE: "ø", _HOOK: "û", _TILDE: "õ", _DOT: "ï"}
_VNI_CIRCUMFLEX = {"": "â", _ACUTE: "á", _GRAVE: "à", _HOOK: "å", _TILDE: "ã", _DOT: "ä"}
_VNI_BREVE = {"": "ê", _ACUTE: "é", _GRAVE: "è", _HOOK: "ú", _TILDE: "ü", _DOT: "ë"}
_VNI_I = {_ACUTE: "í", _GRAVE: "ì", _HOOK: "æ", _TILDE: "ó", _DOT: "ò"}

# (Unicode base letter with its vowel mark, VNI prefix, accent-byte table)
_VNI_FAMILIES = (
    ("a", "a", _VNI_TONE),
    ("a" + _CIRCUMFLEX, "a", _VNI_CIRCUMFLEX),
    ("a" + _BREVE, "a", _VNI_BREVE),
    ("e", "e", _VNI_TONE),
    ("e" + _CIRCUMFLEX, "e", _VNI_CIRCUMFLEX),
    ("o", "o", _VNI_TONE),
    ("o" + _CIRCUMFLEX, "o", _VNI_CIRCUMFLEX),
    ("o" + _HORN, "ô", _VNI_TONE),
    ("u", "u", _VNI_TONE),
    ("u" + _HORN, "ö", _VNI_TONE),
    ("y", "y", _VNI_TONE),
)


def _build_unicode_to_vni():
    """All 134 letters: lower case from the families above, capitals by upper-casing both sides."""
    lower = {"đ": "ñ"}
    for base, prefix, accents in _VNI_FAMILIES:
        for tone, accent in accents.items():
            letter = unicodedata.normalize("NFC", base + tone)
            if len(letter) == 1 and letter != prefix:
                lower[letter] = prefix + accent
    lower["ỵ"] = "î"  # the one y with a single byte of its own
    for tone, accent in _VNI_I.items():
        lower[unicodedata.normalize("NFC", "i" + tone)] = accent
    table = dict(lower)
    table.update({letter.upper(): code.upper() for letter, code in lower.items()})
    return table


UNICODE_TO_VNI = _build_unicode_to_vni()


def _build_vni_to_unicode():
    """Reverse table; accepts an accent byte of either case after a base of either case (the base decides)."""
    reverse = {}
    for letter, code in UNICODE_TO_VNI.items():
        if len(code) == 1:
            reverse[code] = letter
            continue
        base, accent = code
        reverse[base + accent.lower()] = letter
        reverse[base + accent.upper()] = letter
    return reverse


VNI_TO_UNICODE = _build_vni_to_unicode()
