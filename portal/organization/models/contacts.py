"""Contact details of the leaders, as the letter lists them (III.3.1).

Họ và tên, chức vụ, điện thoại, địa chỉ hộp thư điện tử chính thức, nhiệm vụ
đảm nhiệm. The e-mail must be an official mailbox: the letter (IV) forbids
Gmail, Yahoo Mail, Hotmail... for official business.
"""

import re

from django.core.validators import RegexValidator
from django.db import models
from django.db.models import F
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from portal.core.validators import validate_official_email
from portal.organization.models.rows import NormalizedOrderable
from portal.text import nfc

validate_phone = RegexValidator(
    r"^\+?[0-9][0-9 .()-]{6,19}$",
    "Số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm hoặc gạch nối, ví dụ 0274 3822 170.",
)


def leader_rank(position):
    """0 for the head (Hiệu trưởng, Trưởng phòng, Giám đốc), 1 for a deputy (Phó ...), 2 for anyone else.

    The default order of leaders that no editor has arranged: rows created by code, imports or
    older versions that stored no position.
    """
    text = " ".join(nfc(position or "").casefold().split())
    if text.startswith("phó"):
        return 1
    if any(title in text for title in ("hiệu trưởng", "trưởng phòng", "giám đốc", "trưởng ban")):
        return 0
    return 2


class LeaderContact(NormalizedOrderable):
    page = ParentalKey("organization.OrganizationPage", on_delete=models.CASCADE, related_name="leaders")
    full_name = models.CharField("họ và tên", max_length=120)
    position = models.CharField(
        "chức vụ", max_length=120, help_text="Ví dụ: Hiệu trưởng, Phó Hiệu trưởng, Trưởng phòng."
    )
    phone = models.CharField("điện thoại", max_length=40, blank=True, validators=[validate_phone])
    email = models.EmailField(
        "thư điện tử chính thức",
        blank=True,
        validators=[validate_official_email],
        help_text="Chỉ dùng hộp thư công vụ (ví dụ ten.truong@ptdm.edu.vn); không dùng Gmail, Yahoo, Hotmail, Outlook.",
    )
    duties = models.TextField(
        "nhiệm vụ đảm nhiệm",
        blank=True,
        max_length=2000,
        help_text="Các mảng công việc được phân công, ví dụ: phụ trách chuyên môn, kiểm định chất lượng.",
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="ảnh chân dung",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Không bắt buộc.",
    )

    panels = [
        FieldRowPanel([FieldPanel("full_name"), FieldPanel("position")]),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
        FieldPanel("duties"),
        FieldPanel("photo"),
    ]

    class Meta(NormalizedOrderable.Meta):
        verbose_name = "lãnh đạo"
        verbose_name_plural = "thông tin liên hệ lãnh đạo"

    def __str__(self):
        return f"{self.position} {self.full_name}"

    def clean(self):
        super().clean()
        self.email = (self.email or "").strip().lower()

    def save(self, *args, **kwargs):
        if self.sort_order is None and self.page_id:
            self.sort_order = self._default_sort_order()
        super().save(*args, **kwargs)

    def _default_sort_order(self):
        """A row saved with no position goes before the first sibling of a lower rank, else last.

        The admin always sends positions (the editor's order); this is for rows created by code.
        """
        siblings = LeaderContact.objects.filter(page_id=self.page_id).exclude(pk=self.pk).exclude(sort_order=None)
        rank = leader_rank(self.position)
        last = -1
        for sibling in siblings.order_by("sort_order", "pk"):
            if leader_rank(sibling.position) > rank:
                siblings.filter(sort_order__gte=sibling.sort_order).update(sort_order=F("sort_order") + 1)
                return sibling.sort_order
            last = sibling.sort_order
        return last + 1

    @property
    def tel_href(self):
        """``tel:`` target: digits and a leading plus only."""
        return "tel:" + re.sub(r"[^0-9+]", "", self.phone or "")
