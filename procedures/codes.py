"""Reference and tracking codes handed to the public (hồ sơ, câu hỏi, đăng ký).

Why random and not sequential: a visitor follows a submission with its code alone (Q&A) or with the code
and a date of birth (admission); a counter would let anyone walk through everybody's records. Codes use an
alphabet without look-alike characters (no 0/O, 1/I/L) so they can be read over the phone, and carry a
short prefix saying what they are (``HS-`` hồ sơ, ``HD-`` hỏi đáp...).
"""

import secrets
import unicodedata

ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
LENGTH = 8


def new_code(prefix, *, exists=None, length=LENGTH):
    """``PREFIX-XXXXXXXX``; ``exists(code)`` is asked to avoid the (astronomically rare) clash."""
    for _attempt in range(10):
        code = f"{prefix}-" + "".join(secrets.choice(ALPHABET) for _ in range(length))
        if exists is None or not exists(code):
            return code
    raise RuntimeError("Không tạo được mã hồ sơ duy nhất.")  # pragma: no cover


def normalize_code(value):
    """What a visitor typed, as stored: upper case, no spaces, O read as 0 is not in the alphabet anyway.

    Control and invisible characters go too (a NUL in ``?ma=`` made PostgreSQL refuse the query: a 500;
    a zero-width space pasted with the code would not match it).
    """
    return "".join(ch for ch in (value or "") if not ch.isspace() and unicodedata.category(ch)[0] != "C").upper()[:40]
