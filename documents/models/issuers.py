"""Issuing bodies (thẩm quyền ban hành): a snippet per portal.

Why a snippet: the letter asks for the issuing authority of each document, and the list differs per
portal (each school issues its own plans and rules, the district its công văn) while editors need to
pick from a list rather than retype "Bộ Giáo dục và Đào tạo" with variants that would break the filter.
https://docs.wagtail.org/en/stable/topics/snippets/
"""

import re

from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from portal.core.models.base import normalize_instance_text
from portal.text import ascii_slug

# Bodies an education office and a school cite (Nghị định 30/2020/NĐ-CP abbreviations), from the centre
# down; the local ones are named after the portal's province and city (settings, ``default_issuers``).
# The portal's own unit is added at provisioning (documents.receivers). ``setup_portals`` adds any
# missing one to existing portals (``scaffold_portal``); a body an editor renamed or deleted is re-added
# only under its default name.
NATIONAL_ISSUERS = [
    ("Quốc hội", "QH", 10),
    ("Ủy ban Thường vụ Quốc hội", "UBTVQH", 15),
    ("Chính phủ", "CP", 20),
    ("Thủ tướng Chính phủ", "TTg", 30),
    ("Bộ Giáo dục và Đào tạo", "BGDĐT", 40),
    ("Bộ Nội vụ", "BNV", 42),
    ("Bộ Tài chính", "BTC", 44),
]


def default_issuers():
    """(name, code, order) of every default body, the local ones with this deployment's place names."""
    province, city = settings.PORTAL_PROVINCE_NAME, settings.PORTAL_CITY_NAME
    return [
        *NATIONAL_ISSUERS,
        (f"Hội đồng nhân dân {province}", "HĐND", 50),
        (f"Ủy ban nhân dân {province}", "UBND", 52),
        (f"Sở Giáo dục và Đào tạo {province}", "SGDĐT", 60),
        (f"Ủy ban nhân dân {city}", "UBND", 70),
        (f"Phòng Giáo dục và Đào tạo {city}", "PGDĐT", 75),
        ("Ủy ban nhân dân phường (xã)", "UBND", 80),
    ]


class IssuingBody(index.Indexed, models.Model):
    name = models.CharField("tên cơ quan ban hành", max_length=200, unique=True)
    code = models.CharField(
        "ký hiệu trong số văn bản",
        max_length=30,
        blank=True,
        help_text="Phần chỉ cơ quan trong số ký hiệu, ví dụ BGDĐT, CP, UBND, PGDĐT. Dùng để tự chọn cơ quan "
        "ban hành khi nhập số ký hiệu.",
    )
    slug = models.SlugField("mã lọc", max_length=200, unique=True, editable=False)
    sort_order = models.PositiveIntegerField(
        "thứ tự", default=100, help_text="Số nhỏ đứng trước (Trung ương trước, địa phương sau)."
    )

    panels = [FieldPanel("name"), FieldPanel("code"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.SearchField("code")]

    class Meta:
        verbose_name = "cơ quan ban hành"
        verbose_name_plural = "cơ quan ban hành"
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        normalize_instance_text(self)
        self.name = self.name.strip()
        base = ascii_slug(self.name)[:190] or "co-quan"
        self.slug, n = base, 2
        while IssuingBody.objects.filter(slug=self.slug).exclude(pk=self.pk).exists():
            self.slug, n = f"{base}-{n}", n + 1
        super().save(*args, **kwargs)

    @classmethod
    def for_issuer_code(cls, issuer_code):
        """The one body whose code matches a parsed issuer code (``QH14`` matches ``QH``), else None."""
        if not issuer_code:
            return None
        first = issuer_code.split("-")[0]
        candidates = {first, re.sub(r"\d+$", "", first)}
        matches = list(cls.objects.filter(code__in=candidates)[:2])
        return matches[0] if len(matches) == 1 else None


def ensure_default_issuers(extra=()):
    """Create the default bodies (and ``extra`` ones: (name, code, order)); existing rows keep their values,
    except that a missing code is filled in."""
    for name, code, order in [*default_issuers(), *extra]:
        issuer = IssuingBody.objects.filter(name=name).first()
        if issuer is None:
            IssuingBody.objects.create(name=name, code=code, sort_order=order)
        elif code and not issuer.code:
            IssuingBody.objects.filter(pk=issuer.pk).update(code=code)
