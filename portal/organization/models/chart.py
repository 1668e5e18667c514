"""Structured data of the organization chart: units with their reporting line, and people.

Why structured rows rather than an uploaded image: the letter asks for the
chart itself (sơ đồ, cơ cấu tổ chức), and a nested list reads on a phone, in a
screen reader and in search, where a picture of boxes does not.
"""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from portal.organization.models.rows import NormalizedOrderable


class OrgUnit(NormalizedOrderable):
    """A unit of the school (tổ, bộ phận, hội đồng, đoàn thể) and the unit it reports to."""

    page = ParentalKey("organization.OrganizationPage", on_delete=models.CASCADE, related_name="org_units")
    name = models.CharField(
        "tên đơn vị, bộ phận",
        max_length=120,
        help_text="Ví dụ: Hội đồng trường, Ban Giám hiệu, Tổ Toán - Tin, Tổ Văn phòng, Công đoàn cơ sở.",
    )
    parent_name = models.CharField(
        "trực thuộc",
        max_length=120,
        blank=True,
        help_text="Tên đơn vị cấp trên, ghi đúng như trong danh sách (có dấu hoặc không dấu đều được). "
        "Để trống cho một đơn vị cao nhất duy nhất của sơ đồ.",
    )
    description = models.TextField(
        "chức năng, nhiệm vụ chính", blank=True, max_length=1000, help_text="Một hai câu ngắn (không bắt buộc)."
    )

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("parent_name")]), FieldPanel("description")]

    class Meta(NormalizedOrderable.Meta):
        verbose_name = "đơn vị trong sơ đồ tổ chức"
        verbose_name_plural = "đơn vị trong sơ đồ tổ chức"

    def __str__(self):
        return self.name


class OrgMember(NormalizedOrderable):
    """A person holding a position in a unit (tổ trưởng, tổ phó, chủ tịch công đoàn...)."""

    page = ParentalKey("organization.OrganizationPage", on_delete=models.CASCADE, related_name="org_members")
    unit_name = models.CharField(
        "thuộc đơn vị", max_length=120, help_text="Tên một đơn vị đã khai báo trong sơ đồ tổ chức."
    )
    position = models.CharField("chức vụ", max_length=120, help_text="Ví dụ: Tổ trưởng, Tổ phó, Chủ tịch.")
    full_name = models.CharField("họ và tên", max_length=120)

    panels = [FieldRowPanel([FieldPanel("unit_name"), FieldPanel("position"), FieldPanel("full_name")])]

    class Meta(NormalizedOrderable.Meta):
        verbose_name = "nhân sự trong sơ đồ tổ chức"
        verbose_name_plural = "nhân sự trong sơ đồ tổ chức"

    def __str__(self):
        return f"{self.position}: {self.full_name}"
