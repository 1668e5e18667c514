"""What news articles, events and notices share: date, summary, body, image, attribution.

Why an abstract mixin rather than a concrete parent page: each type keeps its
own table and admin form; listings merge them with a UNION of ``(pk, date)``
(``portal.news.queries``), which keeps pagination in SQL.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from wagtail.fields import StreamField
from wagtail.search import index

from portal.core import metadata
from portal.core.blocks import BodyBlock
from portal.news.queries import related_news
from portal.news.renditions import OG_IMAGE_SPEC, THUMBNAIL_SPEC
from portal.news.text import join_text, stream_text


class PublishedItemMixin(models.Model):
    """Date, summary and body of anything listed by date and projected to the district."""

    date = models.DateField(
        "ngày đăng",
        default=timezone.localdate,
        db_index=True,
        help_text="Ngày hiển thị trên tin; danh sách sắp xếp theo ngày này (mới nhất trước).",
    )
    summary = models.TextField(
        "tóm tắt",
        blank=True,
        max_length=600,
        help_text="Một đến ba câu giới thiệu nội dung; hiển thị trong danh sách tin, trang chủ "
        "và khi chia sẻ lên mạng xã hội.",
    )
    body = StreamField(
        BodyBlock(),
        verbose_name="nội dung",
        blank=True,
        help_text="Đoạn văn, tiêu đề mục, ảnh (ghi nguồn ảnh), tệp đính kèm, trích dẫn, bảng.",
    )

    feed_kind = ""  # "news" or "notice": the RSS/search helper and the projection use it

    search_fields = [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    class Meta:
        abstract = True

    @property
    def search_date(self):
        return self.date

    def get_search_text(self):
        return join_text(self.title, self.summary, stream_text(self))

    def get_summary(self):
        """The summary, else the SEO description, else the start of the body."""
        if self.summary:
            return self.summary
        if self.search_description:
            return self.search_description
        text = stream_text(self)
        return text if len(text) <= 300 else text[:297].rsplit(" ", 1)[0] + "…"

    def get_structured_data(self, publisher):
        return metadata.article(self, publisher, date=self.date, description=self.get_summary())

    def site_root_url(self):
        """``scheme://host`` of the portal's own Site (official domain), never WAGTAILADMIN_BASE_URL."""
        parts = self.get_url_parts()
        return parts[1] if parts else ""

    def absolute_url(self, path):
        if not path or path.startswith(("http://", "https://")):
            return path or ""
        return self.site_root_url() + path


class NewsItemMixin(PublishedItemMixin):
    """Articles and events: category, featured image and author/source attribution.

    The letter (III.2) requires naming the author and the source of reused content.
    """

    category = models.ForeignKey(
        "news.NewsCategory",
        verbose_name="chuyên mục",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Dùng để lọc danh sách tin và gợi ý tin liên quan.",
    )
    featured_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="ảnh đại diện",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Ảnh ngang (tỉ lệ 16:9, rộng ít nhất 1200 điểm ảnh); điền “mô tả” của ảnh cho người khiếm thị.",
    )
    author = models.CharField("tác giả", max_length=200, blank=True, help_text="Họ tên người viết bài hoặc chụp ảnh.")
    is_reposted = models.BooleanField(
        "tin đăng lại",
        default=False,
        help_text="Đánh dấu khi bài đăng lại, trích dẫn từ nơi khác: phải ghi rõ tác giả và nguồn.",
    )
    source = models.CharField(
        "nguồn", max_length=255, blank=True, help_text="Ví dụ: Báo Bình Dương, Cổng thông tin Bộ GD&ĐT."
    )
    source_url = models.URLField("đường dẫn nguồn", max_length=500, blank=True)

    feed_kind = "news"

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        errors = {}
        if self.is_reposted and not (self.source or "").strip():
            errors["source"] = "Tin đăng lại phải ghi rõ nguồn thông tin (tên báo, cơ quan hoặc trang web gốc)."
        if self.is_reposted and not (self.author or "").strip():
            errors["author"] = "Tin đăng lại phải ghi rõ tác giả (nếu không rõ, ghi tên cơ quan đăng tin gốc)."
        if self.source_url and not (self.source or "").strip():
            errors.setdefault("source", "Vui lòng ghi tên nguồn cho đường dẫn nguồn đã nhập.")
        if errors:
            raise ValidationError(errors)

    def get_metadata(self):
        return {**super().get_metadata(), "creator": self.author}

    def get_structured_data(self, publisher):
        data = {**super().get_structured_data(publisher), "@type": "NewsArticle"}
        if self.author:
            data["author"] = {"@type": "Person", "name": self.author}
        image = self.og_image_url()
        if image:
            data["image"] = image
        return data

    def thumbnail_path(self):
        """Path (on the portal's own host) of the list thumbnail, or "" without an image."""
        if not self.featured_image_id:
            return ""
        return self.featured_image.get_rendition(THUMBNAIL_SPEC).url

    def og_image_url(self):
        if not self.featured_image_id:
            return ""
        return self.absolute_url(self.featured_image.get_rendition(OG_IMAGE_SPEC).url)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_chosen"], context["related_same_category"] = self.related_items()
        url = self.get_url(request) or ""
        context["parent_url"] = url[: url.rstrip("/").rfind("/") + 1]  # the news list, without a query
        return context

    def related_items(self, limit=3):
        """Manually chosen related pages first, then the latest of the same category."""
        return related_news(self, limit=limit)
