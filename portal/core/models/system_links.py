"""Links to the sector's online systems, shown in the header and/or footer of every page.

Why: the letter (III.3, item 13) and Thông tư 37/2020/TT-BGDĐT (Art. 10) ask each portal to link to
the online school-management system and the supervising office's other systems. Which systems a unit
uses differs (vnEdu, SMAS, a ward portal...), so the links are per-portal data: a site setting
(https://docs.wagtail.org/en/stable/reference/contrib/settings.html) holding an orderable list.
Every public page shows them, so templates read them through ``links_for_site`` (tag
``{% system_links %}``): a per-portal cache entry (cache keys carry the schema), dropped whenever a
link or the setting is saved or deleted, so a warm page costs no query for them.
"""

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable, Site

from portal.core.models.base import normalize_instance_text
from portal.text import nfc
from tenants.models import Portal

HTTP_URL_MESSAGE = "Địa chỉ liên kết phải là địa chỉ web đầy đủ bắt đầu bằng http:// hoặc https://."
validate_http_url = URLValidator(schemes=["http", "https"], message=HTTP_URL_MESSAGE, code="http_url")


class HttpURLField(models.URLField):
    """A URL limited to http/https, with one clear Vietnamese message for every malformed address.

    Django's URLField also accepts ftp:// and its form says only "Nhập một URL hợp lệ.".
    """

    default_validators = [validate_http_url]

    def formfield(self, **kwargs):
        # An address typed without a scheme ("csdl.moet.gov.vn") is taken as https.
        field = super().formfield(**{"assume_scheme": "https", **kwargs})
        field.error_messages["invalid"] = HTTP_URL_MESSAGE
        return field


CSDL_URL = "https://csdl.moet.gov.vn"
MOET_URL = "https://moet.gov.vn"
CONTACT_BOOK_URL = "https://vnedu.vn"
CACHE_TIMEOUT = 6 * 60 * 60
PLACEMENTS = {"header": ("header", "both"), "footer": ("footer", "both")}


@register_setting(icon="link")
class SystemLinkSettings(ClusterableModel, BaseSiteSetting):
    """The portal's list of system links; ``defaults_created`` keeps deleted defaults deleted."""

    defaults_created = models.BooleanField(default=False, editable=False)

    panels = [
        InlinePanel(
            "links",
            heading="Liên kết đến các hệ thống",
            label="Liên kết",
            help_text="Kéo để sắp xếp thứ tự hiển thị. Chọn vị trí hiển thị ở đầu trang, chân trang hoặc cả hai.",
        )
    ]

    class Meta:
        verbose_name = "liên kết hệ thống"
        verbose_name_plural = "liên kết hệ thống"

    def __str__(self):
        return "Liên kết hệ thống"


class SystemLink(Orderable):
    """One link: label, address, where it is shown and whether it opens in a new tab."""

    class Placement(models.TextChoices):
        FOOTER = "footer", "Chân trang"
        HEADER = "header", "Đầu trang"
        BOTH = "both", "Cả đầu trang và chân trang"
        HUB = "hub", "Chỉ ở trang hệ thống thông tin ngành"

    class Group(models.TextChoices):
        """Groups of the hub page of sector systems (issue 18), in display order."""

        CSDL = "csdl", "Cơ sở dữ liệu ngành"
        SCHOOL = "school", "Quản lý trường học, sổ liên lạc (SMAS, vnEdu...)"
        LMS = "lms", "Dạy học trực tuyến (LMS)"
        OFFICE = "office", "Quản lý văn bản, điều hành (e-office)"
        PCGD = "pcgd", "Phổ cập giáo dục, xóa mù chữ (PCGD-XMC)"
        PORTAL = "portal", "Cổng thông tin cấp trên"
        OTHER = "other", "Hệ thống khác"

    setting = ParentalKey(SystemLinkSettings, related_name="links", on_delete=models.CASCADE)
    label = models.CharField(
        "tên liên kết",
        max_length=120,
        help_text="Tên hệ thống, đủ nghĩa khi đọc riêng, ví dụ “Sổ liên lạc điện tử”; không dùng “Bấm vào đây”.",
    )
    url = HttpURLField(
        "địa chỉ",
        max_length=500,
        help_text="Địa chỉ đầy đủ bắt đầu bằng https:// (hoặc http://), ví dụ https://csdl.moet.gov.vn.",
    )
    description = models.CharField(
        "mô tả ngắn",
        max_length=255,
        blank=True,
        help_text="Một câu cho biết hệ thống dùng để làm gì; hiển thị ở chân trang.",
    )
    placement = models.CharField("vị trí hiển thị", max_length=8, choices=Placement.choices, default=Placement.FOOTER)
    group = models.CharField(
        "nhóm",
        max_length=10,
        choices=Group.choices,
        default=Group.OTHER,
        help_text="Nhóm trên trang hệ thống thông tin ngành.",
    )
    open_in_new_tab = models.BooleanField(
        "mở trong thẻ mới", default=True, help_text="Nên bật với hệ thống bên ngoài cổng thông tin."
    )
    default_key = models.CharField(max_length=32, blank=True, editable=False)

    panels = [
        FieldPanel("label"),
        FieldPanel("url"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("placement"), FieldPanel("group"), FieldPanel("open_in_new_tab")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "liên kết hệ thống"
        verbose_name_plural = "liên kết hệ thống"

    def __str__(self):
        return self.label

    def clean(self):
        super().clean()
        self.label = nfc(self.label or "").strip()
        self.description = nfc(self.description or "").strip()
        if not self.label:
            raise ValidationError({"label": "Vui lòng nhập tên liên kết."})

    def save(self, *args, **kwargs):
        normalize_instance_text(self)
        super().save(*args, **kwargs)


def supervising_portal(portal):
    """The district (supervising) portal of ``portal``; None for the district itself or when missing.

    The supervising body is data (a Portal row of kind district), never a hard-coded domain.
    """
    if portal is None or portal.kind == Portal.Kind.DISTRICT:
        return None
    return (
        Portal.objects.filter(kind=Portal.Kind.DISTRICT, is_active=True)
        .prefetch_related("domains")
        .order_by("pk")
        .first()
    )


def default_system_links(portal):
    """The default links of a portal, as dicts of field values (in display order)."""
    links = [
        {
            "default_key": "csdl",
            "label": "Hệ thống quản lý trường học (CSDL ngành)",
            "url": CSDL_URL,
            "description": "Cơ sở dữ liệu ngành Giáo dục và Đào tạo: quản lý trường, lớp, cán bộ, học sinh.",
            "placement": SystemLink.Placement.BOTH,
            "group": SystemLink.Group.CSDL,
        },
    ]
    if portal.is_school:
        links.append(
            {
                "default_key": "so-lien-lac",
                "label": "Sổ liên lạc điện tử",
                "url": CONTACT_BOOK_URL,
                "description": "Kết quả học tập, điểm danh và thông báo của nhà trường gửi cha mẹ học sinh.",
                "placement": SystemLink.Placement.BOTH,
                "group": SystemLink.Group.SCHOOL,
            }
        )
    district = supervising_portal(portal)
    if district is not None:
        links.append(
            {
                "default_key": "phong-gddt",
                "label": "Cổng thông tin Phòng GD&ĐT",
                "url": district.public_url(),
                "description": f"Cổng thông tin điện tử {district.name}.",
                "placement": SystemLink.Placement.FOOTER,
                "group": SystemLink.Group.PORTAL,
            }
        )
    links.append(
        {
            "default_key": "bo-gddt",
            "label": "Cổng thông tin Bộ GD&ĐT",
            "url": MOET_URL,
            "description": "Cổng thông tin điện tử Bộ Giáo dục và Đào tạo.",
            "placement": SystemLink.Placement.FOOTER,
            "group": SystemLink.Group.PORTAL,
        }
    )
    return links


def ensure_default_system_links(portal):
    """Create the default links once per portal (never for the template: clones resolve their district).

    Returns the links created (empty when the portal already has links or had its defaults once).
    """
    if portal is None or portal.kind == Portal.Kind.TEMPLATE:
        return []
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    if site is None:
        return []
    setting = SystemLinkSettings.for_site(site)
    if setting.defaults_created or setting.links.exists():
        return []
    created = [
        SystemLink.objects.create(setting=setting, sort_order=index, open_in_new_tab=True, **values)
        for index, values in enumerate(default_system_links(portal))
    ]
    setting.defaults_created = True
    setting.save(update_fields=["defaults_created"])
    return created


def _cache_key(site_id):
    return f"system-links:{site_id}"


def links_for_site(site, placement):
    """The links of ``site`` shown at ``placement`` ("header" or "footer"), as dicts, cached per portal."""
    if site is None or placement not in PLACEMENTS:
        return []
    links = cache.get(_cache_key(site.pk))
    if links is None:
        links = list(
            SystemLink.objects.filter(setting__site_id=site.pk)
            .order_by("sort_order", "pk")
            .values("label", "url", "description", "placement", "open_in_new_tab")
        )
        cache.set(_cache_key(site.pk), links, CACHE_TIMEOUT)
    return [link for link in links if link["placement"] in PLACEMENTS[placement]]


@receiver(post_save, sender=SystemLinkSettings)
@receiver(post_delete, sender=SystemLinkSettings)
def _forget_settings_links(sender, instance, **kwargs):
    cache.delete(_cache_key(instance.site_id))


@receiver(post_save, sender=SystemLink)
@receiver(post_delete, sender=SystemLink)
def _forget_links(sender, instance, **kwargs):
    site_id = SystemLinkSettings.objects.filter(pk=instance.setting_id).values_list("site_id", flat=True).first()
    if site_id is not None:
        cache.delete(_cache_key(site_id))
