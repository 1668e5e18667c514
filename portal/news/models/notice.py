"""The "Thông báo" section: notices, optionally pinned to the home page until a date."""

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField

from portal.core.models import BasePage, MandatedSectionMixin
from portal.news.models.index import paginate
from portal.news.models.items import PublishedItemMixin
from portal.news.queries import visible, vn_today


class NoticeIndexPage(MandatedSectionMixin, BasePage):
    """Lists notices: those still pinned first, then the others newest first (10 per page)."""

    intro = RichTextField(
        "giới thiệu chuyên mục",
        blank=True,
        features=["bold", "italic", "link"],
        help_text="Một đoạn ngắn hiển thị phía trên danh sách thông báo.",
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["core.HomePage"]
    subpage_types = ["news.NoticePage"]

    class Meta:
        verbose_name = "chuyên mục thông báo"
        verbose_name_plural = "chuyên mục thông báo"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = vn_today()
        queryset = visible(NoticePage.objects.child_of(self))
        context["pinned"] = list(queryset.filter(pinned_until__gte=today).order_by("-date", "-first_published_at"))
        others = queryset.exclude(pinned_until__gte=today).order_by("-date", "-first_published_at", "-pk")
        context["page_obj"] = paginate(request, others)
        context["page_param"] = "trang"
        return context


class NoticePage(PublishedItemMixin, BasePage):
    """A notice; attachments go in the body as "Tệp đính kèm" blocks."""

    pinned_until = models.DateField(
        "ghim trên trang chủ đến hết ngày",
        null=True,
        blank=True,
        help_text="Thông báo được ghim ở đầu trang chủ đến hết ngày này (giờ Việt Nam). Để trống nếu không ghim.",
    )

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("date"), FieldPanel("pinned_until")]),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + PublishedItemMixin.search_fields

    parent_page_types = ["news.NoticeIndexPage"]
    subpage_types = []

    feed_kind = "notice"

    class Meta:
        verbose_name = "thông báo"
        verbose_name_plural = "thông báo"

    def clean(self):
        super().clean()
        if self.pinned_until and self.date and self.pinned_until < self.date:
            raise ValidationError({"pinned_until": "Ngày hết ghim phải sau hoặc bằng ngày đăng thông báo."})

    @property
    def is_pinned(self):
        return bool(self.pinned_until) and self.pinned_until >= vn_today()

    def attachments(self):
        """The document blocks of the body (listed again under the notice)."""
        return [block.value for block in self.body if block.block_type == "document"]

    def thumbnail_path(self):
        return ""  # notices have no picture
