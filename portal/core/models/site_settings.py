"""Per-portal settings that a school's own administrators edit.

Filled from the portal registry at provisioning; the school keeps them current.
https://docs.wagtail.org/en/stable/reference/contrib/settings.html
"""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from portal.core.models.base import normalize_instance_text
from portal.core.validators import validate_official_email


@register_setting(icon="cog")
class PortalSettings(BaseSiteSetting):
    """Identity and contact details shown in the header and footer (TT 32/2017/TT-BTTTT)."""

    unit_name = models.CharField("tên đơn vị", max_length=200, blank=True)
    supervisor_name = models.CharField("cơ quan chủ quản", max_length=200, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="logo",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    address = models.CharField("địa chỉ", max_length=255, blank=True)
    phone = models.CharField("điện thoại", max_length=40, blank=True)
    email = models.EmailField(
        "thư điện tử chính thức",
        blank=True,
        validators=[validate_official_email],
        help_text="Chỉ dùng hộp thư công vụ (ví dụ @ptdm.edu.vn); không dùng Gmail, Yahoo, Hotmail.",
    )
    responsible_person = models.CharField(
        "người chịu trách nhiệm nội dung", max_length=200, blank=True, help_text="Họ tên, chức vụ."
    )

    panels = [
        MultiFieldPanel([FieldPanel("unit_name"), FieldPanel("supervisor_name"), FieldPanel("logo")], heading="Đơn vị"),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("phone"), FieldPanel("email"), FieldPanel("responsible_person")],
            heading="Liên hệ",
        ),
    ]

    class Meta:
        verbose_name = "thông tin cổng"

    def save(self, *args, **kwargs):
        normalize_instance_text(self)
        super().save(*args, **kwargs)
