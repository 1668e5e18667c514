"""The supervising body's mail system: its domain and address patterns are data, not code.

The letter names ``@ptdm.edu.vn``; since 07/2025 schools may report to a ward or the provincial
Department (docs/architecture.md): the same install then serves another domain by editing this
row in the district's admin. Settings give the defaults of a fresh install
(``PORTAL_MAIL_DOMAIN``, ``PORTAL_MAIL_ADDRESS_PATTERN``).
"""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from mailaccounts import naming
from tenants.models import Portal
from tenants.validators import is_personal_mail_domain

DOMAIN_RE = r"^(?=.{3,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$"


class MailService(models.Model):
    """The mail system the supervising body provides to its schools (one per district portal)."""

    portal = models.OneToOneField(
        Portal,
        verbose_name="cơ quan cung cấp",
        on_delete=models.CASCADE,
        related_name="mail_service",
        limit_choices_to={"kind": Portal.Kind.DISTRICT},
    )
    name = models.CharField("tên hệ thống", max_length=200, default="Hệ thống thư điện tử công vụ")
    domain = models.CharField(
        "tên miền thư",
        max_length=253,
        help_text="Ví dụ: ptdm.edu.vn. Địa chỉ của mọi trường đều thuộc tên miền này.",
    )
    address_pattern = models.CharField(
        "mẫu địa chỉ cá nhân và chức danh",
        max_length=80,
        default=naming.DEFAULT_ADDRESS_PATTERN,
        help_text="{user}: tên người dùng; {school}: tên trường. Ví dụ {user}.{school} cho tuyetnta.thcschuvanan.",
    )
    unit_pattern = models.CharField(
        "mẫu địa chỉ hộp thư của trường",
        max_length=80,
        default=naming.DEFAULT_UNIT_PATTERN,
        help_text="Ví dụ {school} cho thcschuvanan@ptdm.edu.vn.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "hệ thống thư điện tử"
        verbose_name_plural = "hệ thống thư điện tử"

    def __str__(self):
        return f"{self.name} (@{self.domain})"

    def clean(self):
        self.domain = (self.domain or "").strip().lower()
        errors = {}
        if not re.fullmatch(DOMAIN_RE, self.domain):
            errors["domain"] = "Tên miền thư không hợp lệ (ví dụ ptdm.edu.vn)."
        elif is_personal_mail_domain(self.domain):
            errors["domain"] = "Không dùng dịch vụ thư công cộng (Gmail, Yahoo, Outlook...) làm hệ thống thư công vụ."
        for field, needs_user in (("address_pattern", True), ("unit_pattern", False)):
            try:
                naming.check_pattern(getattr(self, field), needs_user=needs_user)
            except ValidationError as error:
                errors[field] = error.messages
        if errors:
            raise ValidationError(errors)

    @classmethod
    def current(cls):
        """The district's row, or an unsaved one with the install's defaults (settings)."""
        service = cls.objects.select_related("portal").filter(portal__kind=Portal.Kind.DISTRICT).first()
        if service is None:
            service = cls(
                domain=settings.PORTAL_MAIL_DOMAIN,
                address_pattern=settings.PORTAL_MAIL_ADDRESS_PATTERN,
                unit_pattern=naming.DEFAULT_UNIT_PATTERN,
            )
        return service

    def school_part(self, portal):
        return naming.school_part(portal.schema_name, settings.PORTAL_CITY_CODE)

    def make_address(self, user, portal, *, unit=False):
        pattern = self.unit_pattern if unit else self.address_pattern
        return f"{naming.local_part(pattern, user, self.school_part(portal))}@{self.domain}"
