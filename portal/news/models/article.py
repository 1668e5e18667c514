"""A news article (Tin tức) of the "Tin tức - Sự kiện" section."""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel

from portal.core.models import BasePage
from portal.news.models.items import NewsItemMixin
from portal.news.models.related import RelatedLinkBase


def attribution_panel():
    return MultiFieldPanel(
        [
            FieldPanel("author"),
            FieldPanel("is_reposted"),
            FieldRowPanel([FieldPanel("source"), FieldPanel("source_url")]),
        ],
        heading="Tác giả và nguồn",
        help_text="Đăng tải, trích dẫn, sử dụng lại thông tin phải ghi rõ tác giả và nguồn thông tin "
        "(Công văn hướng dẫn của Phòng GD&ĐT, mục III.2).",
    )


class NewsArticlePage(NewsItemMixin, BasePage):
    """An article with a featured image, summary, body, attribution and related items."""

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("date"), FieldPanel("category")]),
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
        verbose_name = "tin tức"
        verbose_name_plural = "tin tức"


class NewsArticleRelatedLink(RelatedLinkBase):
    page = ParentalKey(NewsArticlePage, on_delete=models.CASCADE, related_name="related_links")
