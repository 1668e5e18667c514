"""Vietnamese text utilities shared by every app.

TCVN 6909:2001 is Unicode; we store NFC and fold diacritics only for search keys
and identifiers (domains, slugs).
"""

from portal.text.normalize import ascii_slug, fold, nfc, normalize_confusables

__all__ = ["ascii_slug", "fold", "nfc", "normalize_confusables"]
