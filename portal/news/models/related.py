"""Pages an editor links as "related" to an article or event (InlinePanel rows)."""

from django.db import models
from wagtail.admin.panels import PageChooserPanel
from wagtail.models import Orderable


class RelatedLinkBase(Orderable):
    related_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="trang liên quan",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="Chọn một tin, sự kiện, thông báo hoặc văn bản liên quan.",
    )

    panels = [PageChooserPanel("related_page")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = "tin liên quan"
        verbose_name_plural = "tin liên quan"
