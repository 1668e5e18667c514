"""Validators of the floor: official e-mail addresses (letter IV.3), used by the portal registry and above."""

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
