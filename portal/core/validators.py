"""Validators shared by every app."""

import re

from django.conf import settings
from django.core.exceptions import ValidationError

PERSONAL_MAIL_HINTS = (
    "gmail.",
    "googlemail.",
    "yahoo.",
    "ymail.",
    "hotmail.",
    "outlook.",
    "live.",
    "msn.",
    "icloud.",
    "aol.",
    "proton",
    "zoho.",
    "mail.ru",
    "yandex.",
)


def validate_official_email(value):
    """Only addresses on an official domain (setting ``OFFICIAL_EMAIL_DOMAINS``).

    The letter (IV.3) forbids Gmail, Yahoo Mail, Hotmail... for official business.
    """
    if not value:
        return
    domain = value.rsplit("@", 1)[-1].strip().lower()
    allowed = [d.lower() for d in settings.OFFICIAL_EMAIL_DOMAINS]
    if any(domain == d or domain.endswith("." + d) for d in allowed):
        return
    allowed_text = ", ".join("@" + d for d in allowed)
    if any(hint in domain for hint in PERSONAL_MAIL_HINTS):
        raise ValidationError(
            "Không dùng hộp thư cá nhân (%(domain)s) cho công việc chính thức theo hướng dẫn của Phòng GD&ĐT; "
            "hãy dùng hộp thư công vụ: %(allowed)s.",
            code="personal_mail",
            params={"domain": domain, "allowed": allowed_text},
        )
    raise ValidationError(
        "Địa chỉ thư phải thuộc tên miền chính thức: %(allowed)s.",
        code="unofficial_domain",
        params={"allowed": allowed_text},
    )


_SCHOOL_YEAR = re.compile(r"(\d{4})-(\d{4})")


def validate_school_year(value):
    """A school year written ``YYYY-YYYY`` whose second year is the first plus one (``2024-2025``).

    Shared by every app that files data per school year (enrollment, statistics, disclosure).
    """
    match = _SCHOOL_YEAR.fullmatch((value or "").strip())
    if not match:
        raise ValidationError("Năm học phải có dạng YYYY-YYYY, ví dụ 2024-2025.", code="school_year_format")
    first, second = int(match[1]), int(match[2])
    if second != first + 1:
        raise ValidationError(
            "Năm học “%(value)s” không hợp lệ: năm sau phải bằng năm trước cộng 1 (ví dụ %(first)s-%(next)s).",
            code="school_year_sequence",
            params={"value": value, "first": first, "next": first + 1},
        )
    if not 1950 <= first <= 2200:
        raise ValidationError(
            "Năm học “%(value)s” nằm ngoài khoảng hợp lý.", code="school_year_range", params={"value": value}
        )
