"""An event (Sự kiện): when, where and who organises it, listed with the news."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel

from portal.core.models import BasePage
from portal.news.models.article import attribution_panel
from portal.news.models.items import NewsItemMixin
from portal.news.models.related import RelatedLinkBase


class EventPage(NewsItemMixin, BasePage):
    """An event with start/end, place and organiser; end is never before start."""

    start_at = models.DateTimeField("bắt đầu", help_text="Ngày giờ bắt đầu (dd/mm/yyyy hh:mm).")
    end_at = models.DateTimeField(
        "kết thúc", null=True, blank=True, help_text="Để trống nếu sự kiện diễn ra trong một buổi."
    )
    place = models.CharField("địa điểm", max_length=255, help_text="Ví dụ: Hội trường nhà trường, số 1 Đường 30/4.")
    organiser = models.CharField(
        "đơn vị tổ chức", max_length=255, blank=True, help_text="Để trống nếu do chính đơn vị tổ chức."
    )

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("date"), FieldPanel("category")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_at"), FieldPanel("end_at")]),
                FieldPanel("place"),
                FieldPanel("organiser"),
            ],
            heading="Thời gian và địa điểm",
        ),
        FieldPanel("featured_image"),
        FieldPanel("summary"),
        FieldPanel("body"),
        attribution_panel(),
        InlinePanel("related_links", heading="Tin liên quan", label="tin liên quan"),
    ]
    search_fields = BasePage.search_fields + NewsItemMixin.search_fields

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "sự kiện"
        verbose_name_plural = "sự kiện"

    def get_structured_data(self, publisher):
        data = {
            "@type": "Event",
            "name": self.title,
            "startDate": timezone.localtime(self.start_at).isoformat(),
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "eventStatus": "https://schema.org/EventScheduled",
            "location": {"@type": "Place", "name": self.place, "address": self.place},
            "organizer": {"@type": "Organization", "name": self.organiser} if self.organiser else publisher,
            "description": self.get_summary(),
            "url": self.full_url,
        }
        if self.end_at:
            data["endDate"] = timezone.localtime(self.end_at).isoformat()
        return data

    def clean(self):
        errors = {}
        try:
            super().clean()
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if self.start_at and self.end_at and self.end_at < self.start_at:
            errors.setdefault("end_at", []).append("Thời gian kết thúc phải sau hoặc bằng thời gian bắt đầu.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_upcoming(self):
        return (self.end_at or self.start_at) >= timezone.now()

    @property
    def same_day(self):
        if not self.end_at:
            return True
        return timezone.localtime(self.start_at).date() == timezone.localtime(self.end_at).date()


class EventRelatedLink(RelatedLinkBase):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="related_links")
