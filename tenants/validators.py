"""Validators of the floor: official e-mail addresses (letter IV.3), used by the portal registry and above.

One rule for every official-email field of every app (the registry, site settings, leaders' contacts,
the e-mail focal person...): the address must be on an official domain, and a public webmail
(Gmail, Yahoo, Hotmail, Outlook...) gets its own message. The official domains are the setting
``OFFICIAL_EMAIL_DOMAINS`` (Ministry, Department...), the supervising body's mail domain
``PORTAL_MAIL_DOMAIN``, and the domains apps register as data (``register_official_domains``: the mail
service the district configures in ``mailaccounts``), so changing the district's mail domain in its
admin is enough.
"""

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


_DOMAIN_SOURCES = []


def register_official_domains(source):
    """Add ``source() -> iterable of domains`` to the official domains (an app's data, read at each check)."""
    if source not in _DOMAIN_SOURCES:
        _DOMAIN_SOURCES.append(source)
    return source


def _configured_domains():
    domains = [*settings.OFFICIAL_EMAIL_DOMAINS, getattr(settings, "PORTAL_MAIL_DOMAIN", "")]
    return [d.strip().lower() for d in domains if d and d.strip()]


def official_domains():
    """Every official mail domain, lowercase, settings first, without duplicates."""
    domains = _configured_domains()
    for source in _DOMAIN_SOURCES:
        domains.extend(d.strip().lower() for d in source() if d and d.strip())
    return list(dict.fromkeys(domains))


def is_personal_mail_domain(domain):
    """A public webmail (gmail.com, yahoo.com.vn, outlook.com...): never an official mailbox."""
    domain = (domain or "").strip().lower()
    return any(hint in domain for hint in PERSONAL_MAIL_HINTS)


def _on(domain, allowed):
    return any(domain == d or domain.endswith("." + d) for d in allowed)


def validate_official_email(value):
    """Only addresses on an official domain (``official_domains``).

    The letter (IV.3) forbids Gmail, Yahoo Mail, Hotmail... for official business. The settings'
    domains and webmail are decided without a database query; only other domains read the data.
    """
    if not value:
        return
    domain = value.rsplit("@", 1)[-1].strip().lower()
    if _on(domain, _configured_domains()):
        return
    personal = is_personal_mail_domain(domain)
    allowed = _configured_domains() if personal else official_domains()
    if not personal and _on(domain, allowed):
        return
    allowed_text = ", ".join("@" + d for d in allowed)
    if personal:
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
