"""Editor-managed banners (image, link, active dates, position) and the hub page of sector systems.

The hub does not keep links of its own: it lists the portal's system links (``portal.core`` "Liên kết hệ
thống", the same list as the header and footer), grouped by their ``group`` and in their order, so a
system is typed once. Banners are snippets; the home page reads today's active ones from the cache.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Site

from portal.core.models.base import BasePage, normalize_instance_text
from portal.core.models.system_links import HttpURLField, SystemLink, SystemLinkSettings


class Banner(Orderable):
    class Position(models.TextChoices):
        TOP = "top", "Trang chủ, trên cùng"
        BOTTOM = "bottom", "Trang chủ, cuối trang"

    title = models.CharField(
        "nội dung banner",
        max_length=160,
        help_text="Đọc thay cho ảnh (người khiếm thị), ví dụ “Ngày hội đọc sách 2026”.",
    )
    image = models.ForeignKey("wagtailimages.Image", verbose_name="ảnh", on_delete=models.CASCADE, related_name="+")
    url = HttpURLField("liên kết", max_length=500, blank=True, help_text="Bỏ trống nếu banner không dẫn đi đâu.")
    position = models.CharField("vị trí", max_length=10, choices=Position.choices, default=Position.TOP)
    starts_on = models.DateField("hiện từ ngày", default=timezone.localdate)
    ends_on = models.DateField("đến hết ngày", null=True, blank=True, help_text="Bỏ trống: hiện đến khi tắt.")
    active = models.BooleanField("đang bật", default=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("image"),
        FieldPanel("url"),
        FieldRowPanel([FieldPanel("position"), FieldPanel("active")]),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "banner"
        verbose_name_plural = "banner"

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": "Ngày kết thúc phải sau ngày bắt đầu."})

    def save(self, *args, **kwargs):
        normalize_instance_text(self)
        super().save(*args, **kwargs)

    @classmethod
    def shown_on(cls, day=None):
        day = day or timezone.localdate()
        return (
            cls.objects.filter(active=True, starts_on__lte=day)
            .filter(models.Q(ends_on__isnull=True) | models.Q(ends_on__gte=day))
            .select_related("image")
        )


class LinksHubPage(BasePage):
    """ "Hệ thống thông tin ngành": every system link of the portal, grouped and ordered."""

    intro = RichTextField("giới thiệu", blank=True, features=["bold", "italic", "link"])
    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = "trang liên kết hệ thống ngành"
        verbose_name_plural = "trang liên kết hệ thống ngành"

    def get_search_text(self):
        return " ".join([self.title, *(link.label for link in self.links())])

    def links(self):
        site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
        if site is None:
            return []
        setting = SystemLinkSettings.for_site(site)
        return list(SystemLink.objects.filter(setting=setting).order_by("sort_order", "pk"))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        labels = dict(SystemLink.Group.choices)
        groups = {}
        for link in self.links():
            groups.setdefault(link.group or SystemLink.Group.OTHER, []).append(link)
        order = [value for value, _label in SystemLink.Group.choices]
        context["groups"] = [(labels[key], groups[key]) for key in order if key in groups]
        return context
