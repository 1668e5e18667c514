"""What the three topic sections share: an index page listing its articles, and the article page.

Why abstract bases rather than one generic article type: each topic needs its own fields (a cited law,
an accreditation level, a recognition decision) and editors should only see those that apply.
https://docs.wagtail.org/en/stable/topics/pages.html
"""

import datetime

from django.apps import apps
from django.core.paginator import Paginator
from django.db import models
from django.utils.html import strip_tags
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from portal.core import metadata
from portal.core.blocks import BodyBlock
from portal.core.models import BasePage, MandatedSectionMixin

INTRO_FEATURES = ["bold", "italic", "link", "ol", "ul"]


def stream_text(stream):
    """Plain text of a BodyBlock stream (headings, paragraphs, quotes, tables, file titles)."""
    parts = []
    for block in stream or []:
        value = block.value
        if block.block_type == "paragraph":
            parts.append(strip_tags(value.source))
        elif block.block_type == "heading":
            parts.append(str(value))
        elif block.block_type == "quote":
            parts.extend([value.get("text", ""), value.get("source", "")])
        elif block.block_type == "document":
            document = value.get("document")
            parts.append(value.get("title") or (document.title if document else ""))
        elif block.block_type == "table" and isinstance(value, dict):
            parts.extend(str(cell) for row in value.get("data") or [] for cell in row or [] if cell)
        elif block.block_type == "image":
            parts.extend([value.get("caption", ""), value.get("alt_text", "")])
    return " ".join(part.strip() for part in parts if part and part.strip())


def article_panels(topic_panels, heading):
    """Editor layout of an article: title, date, summary, the topic's own fields, then the body."""
    return BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("summary"),
        MultiFieldPanel(topic_panels, heading=heading),
        FieldPanel("body"),
    ]


class ArticleIndexPage(MandatedSectionMixin, BasePage):
    """Root page of a topic section: an introduction and the paginated list of its articles."""

    intro = RichTextField(
        "giới thiệu chuyên mục",
        blank=True,
        features=INTRO_FEATURES,
        help_text="Một đoạn ngắn cho biết chuyên mục đăng những gì.",
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["core.HomePage"]
    max_count_per_parent = 1
    per_page = 10

    class Meta:
        abstract = True

    @property
    def article_model(self):
        return apps.get_model(self.subpage_types[0])

    def get_articles(self):
        return self.article_model.objects.child_of(self).live().public().order_by("-date", "-first_published_at", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = Paginator(self.get_articles(), self.per_page).get_page(request.GET.get("page"))
        return context


class ArticlePage(BasePage):
    """An article of a topic section: date, summary, body; subclasses add the topic's own fields.

    ``get_search_text`` and ``search_date`` are what the portal's search reads; articles have no RSS feed
    of their own, so they declare no ``feed_kind``.
    """

    date = models.DateField(
        "ngày đăng", default=datetime.date.today, help_text="Ngày hiển thị của bài viết (dd/mm/yyyy)."
    )
    summary = models.TextField(
        "tóm tắt",
        blank=True,
        max_length=600,
        help_text="Hai, ba câu nêu ý chính; hiển thị trong danh sách bài viết và kết quả tìm kiếm.",
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name="nội dung")

    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    class Meta:
        abstract = True

    @property
    def search_date(self):
        return self.date

    def meta_items(self):
        """(label, value) pairs shown above the body and in search results; subclasses extend."""
        return []

    def get_summary(self):
        """What feeds and lists show under the title."""
        return self.summary

    def get_structured_data(self, publisher):
        return metadata.article(self, publisher, date=self.date, description=self.summary)

    def list_meta(self):
        """One short line for lists: the first two facts."""
        return " · ".join(value for _, value in self.meta_items()[:2])

    def get_search_text(self):
        meta = " ".join(f"{label}: {value}" for label, value in self.meta_items())
        return " ".join(part for part in (self.title, self.summary, meta, stream_text(self.body)) if part)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["meta_items"] = self.meta_items()
        return context
