"""Official e-mail addresses from Vietnamese names: the documented, deterministic rule.

The letter's annex asks for ``Tên_người_dùng.Tên_trường@ptdm.edu.vn``. The parts:

**User part of a person** (``person_user_part``):

1. The name is normalised (NFC, the look-alike ``Ð`` read as ``Đ``), then folded to ASCII:
   tone and vowel marks removed, ``đ``/``Đ`` -> ``d``, lowercased.
2. Each word keeps only its letters and digits (``H'Hen`` -> ``hhen``); empty words are dropped.
3. The given name (the last word) is written in full, followed by the initials of the family
   and middle names in their order: "Nguyễn Thị Ánh Tuyết" -> ``tuyet`` + ``n t a`` ->
   ``tuyetnta``; "Đặng Văn Đức" -> ``ducdv``; a one-word name is that word ("Mai" -> ``mai``).
4. The result is cut to ``MAX_USER_LENGTH`` (20) characters, the given name being shortened
   before any initial is lost.

**User part of a unit or position mailbox** (``label_user_part``): the folded words of the
label joined without separator ("Hiệu trưởng" -> ``hieutruong``, "Văn thư" -> ``vanthu``).
A position mailbox stays with the position and passes to its next holder.

**School part** (``school_part``): the school's schema name (its domain label, README's
abbreviation rule) without the city code at the end and without underscores:
``thcsnguyenvietxuantdm`` -> ``thcsnguyenvietxuan``.

**The address** is the supervising body's pattern (data, ``MailService.address_pattern``,
default ``{user}.{school}``) at its mail domain (``MailService.domain``, default
``ptdm.edu.vn``): ``tuyetnta.thcsnguyenvietxuan@ptdm.edu.vn``. The school's own mailbox uses
``MailService.unit_pattern`` (default ``{school}``): ``thcsnguyenvietxuan@ptdm.edu.vn``.

**Collisions** (``first_free``): when the address is taken anywhere in the district (by any
account, even a closed one: a mailbox once used is never handed to someone else), the suffix
2, 3, ... is appended to the user part, the smallest free one winning; entries of one list are
numbered in their order in the list, so the same list always gives the same addresses.

**Validation** (``validate_local_part``): lowercase ASCII letters and digits with single dots,
hyphens or underscores between them (no dot at either end, no two in a row), at most
``MAX_LOCAL_LENGTH`` (64, RFC 5321) characters before the ``@``; uniqueness across the
district is a database constraint on the address.
"""

import re

from django.core.exceptions import ValidationError

from portal.text import fold, normalize_confusables

MAX_USER_LENGTH = 20
MAX_LOCAL_LENGTH = 64
MAX_COLLISION_SUFFIX = 999
DEFAULT_ADDRESS_PATTERN = "{user}.{school}"
DEFAULT_UNIT_PATTERN = "{school}"
PLACEHOLDERS = ("{user}", "{school}")

_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
LOCAL_PART_RE = re.compile(r"^[a-z0-9]+(?:[._-][a-z0-9]+)*$")
USER_PART_RE = re.compile(r"^[a-z0-9]+(?:[._-][a-z0-9]+)*$")


def name_words(text):
    """The ASCII words of a name or label: folded, lowercased, letters and digits only."""
    folded = fold(normalize_confusables(text or "")).lower()
    return [word for word in (_NOT_ALNUM.sub("", chunk) for chunk in folded.split()) if word]


def person_user_part(full_name, max_length=MAX_USER_LENGTH):
    """Given name in full + initials of the family and middle names: "Nguyễn Thị Ánh Tuyết" -> ``tuyetnta``."""
    words = name_words(full_name)
    if not words:
        return ""
    given, others = words[-1], words[:-1]
    initials = "".join(word[0] for word in others)[: max_length - 1]
    return given[: max(max_length - len(initials), 1)] + initials


def label_user_part(label, max_length=MAX_USER_LENGTH):
    """A unit's or position's mailbox name: "Phó Hiệu trưởng" -> ``phohieutruong``."""
    return "".join(name_words(label))[:max_length]


def school_part(schema_name, city_code=""):
    """``thcsnguyenvietxuantdm`` -> ``thcsnguyenvietxuan`` (city code dropped, letters and digits only)."""
    label = _NOT_ALNUM.sub("", (schema_name or "").lower())
    if city_code and label.endswith(city_code.lower()) and len(label) > len(city_code):
        label = label[: -len(city_code)]
    return label


def check_pattern(pattern, *, needs_user=True):
    """A pattern may hold only ``{user}`` and ``{school}`` and must make a valid local part."""
    rest = pattern or ""
    for placeholder in PLACEHOLDERS:
        rest = rest.replace(placeholder, "a")
    if "{" in rest or "}" in rest:
        raise ValidationError(
            "Mẫu địa chỉ chỉ được dùng {user} (tên người dùng) và {school} (tên trường).", code="pattern_placeholder"
        )
    if needs_user and "{user}" not in pattern:
        raise ValidationError("Mẫu địa chỉ phải có {user} (tên người dùng).", code="pattern_user")
    if not LOCAL_PART_RE.fullmatch(rest):
        raise ValidationError(
            "Mẫu địa chỉ chỉ gồm chữ thường không dấu, chữ số, dấu chấm, gạch nối giữa các phần.",
            code="pattern_chars",
        )


def local_part(pattern, user, school):
    return pattern.replace("{user}", user).replace("{school}", school)


def validate_user_part(value):
    """The part a school may edit before submission: ASCII, no dot at the ends, bounded length."""
    if not value:
        raise ValidationError("Tên người dùng không được để trống.", code="user_empty")
    if len(value) > MAX_USER_LENGTH + 4:  # room for a collision suffix
        raise ValidationError(
            "Tên người dùng dài %(length)s ký tự; tối đa %(max)s.",
            code="user_length",
            params={"length": len(value), "max": MAX_USER_LENGTH + 4},
        )
    if value[0] in "._-" or value[-1] in "._-":
        raise ValidationError(
            "Tên người dùng không được bắt đầu hoặc kết thúc bằng dấu chấm, gạch nối.", code="user_ends"
        )
    if not USER_PART_RE.fullmatch(value):
        raise ValidationError(
            "Tên người dùng “%(value)s” chỉ được gồm chữ thường không dấu (a-z), chữ số và dấu chấm, gạch nối "
            "đơn lẻ giữa các chữ.",
            code="user_chars",
            params={"value": value},
        )


def validate_local_part(value):
    if len(value) > MAX_LOCAL_LENGTH:
        raise ValidationError(
            "Phần trước @ dài %(length)s ký tự; tối đa %(max)s.",
            code="local_length",
            params={"length": len(value), "max": MAX_LOCAL_LENGTH},
        )
    if not LOCAL_PART_RE.fullmatch(value):
        raise ValidationError("Địa chỉ “%(value)s” không hợp lệ.", code="local_chars", params={"value": value})


def first_free(user, make_address, taken):
    """``(user, address)`` with the smallest suffix (none, 2, 3...) whose address is not in ``taken``."""
    address = make_address(user)
    if address not in taken:
        return user, address
    for number in range(2, MAX_COLLISION_SUFFIX + 1):
        candidate = f"{user}{number}"
        address = make_address(candidate)
        if address not in taken:
            return candidate, address
    raise ValidationError("Không tìm được địa chỉ trống cho “%(user)s”.", code="no_free", params={"user": user})
