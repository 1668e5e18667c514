"""Feed sources a portal follows and the items fetched from them (in each portal's own schema).

By default every school follows its district's news feed (``portal.feeds.receivers``); the district
follows Ministry and Department feeds added in the admin. Items are fetched by the worker, never in a
request (docs/architecture.md, Search and feeds); a failing source keeps its last good items and records the error.
"""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from portal.text import nfc

MAX_BACKOFF_FACTOR = 16


class FeedSource(models.Model):
    title = models.CharField("tên nguồn tin", max_length=200, help_text="Ví dụ: Tin tức - Bộ Giáo dục và Đào tạo.")
    url = models.URLField(
        "địa chỉ RSS/Atom",
        max_length=1000,
        help_text="Địa chỉ của nguồn tin RSS hoặc Atom, bắt đầu bằng http:// hoặc https://.",
    )
    enabled = models.BooleanField("đang theo dõi", default=True)
    show_on_home = models.BooleanField(
        "hiện trên trang chủ", default=True, help_text="Hiện các tin mới nhất của nguồn này trong ô tin trên trang chủ."
    )
    interval = models.PositiveIntegerField(
        "chu kỳ tải (phút)",
        default=30,
        validators=[
            MinValueValidator(5, message="Chu kỳ tải tối thiểu là 5 phút."),
            MaxValueValidator(24 * 60, message="Chu kỳ tải tối đa là 1440 phút (một ngày)."),
        ],
        help_text="Bao lâu tải lại nguồn tin một lần (từ 5 đến 1440 phút).",
    )
    is_district_feed = models.BooleanField(
        "nguồn tin của cơ quan quản lý",
        default=False,
        editable=False,
        help_text="Do hệ thống tạo: tin tức của Phòng GD&ĐT mà mọi trường theo dõi.",
    )
    etag = models.CharField(max_length=500, blank=True, editable=False)
    last_modified = models.CharField(max_length=100, blank=True, editable=False)
    last_fetched_at = models.DateTimeField("lần tải gần nhất", null=True, blank=True, editable=False)
    last_success_at = models.DateTimeField("lần tải thành công gần nhất", null=True, blank=True, editable=False)
    last_error = models.TextField("lỗi gần nhất", blank=True, editable=False)
    error_count = models.PositiveIntegerField("số lần lỗi liên tiếp", default=0, editable=False)
    created_at = models.DateTimeField("ngày thêm", default=timezone.now, editable=False)

    class Meta:
        verbose_name = "nguồn tin RSS"
        verbose_name_plural = "nguồn tin RSS"
        ordering = ["-is_district_feed", "title"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.title = nfc(self.title or "").strip()
        super().save(*args, **kwargs)

    def clean(self):
        self.title = nfc(self.title or "").strip()
        if self.url and not self.url.lower().startswith(("http://", "https://")):
            raise ValidationError({"url": "Địa chỉ nguồn tin phải bắt đầu bằng http:// hoặc https://."})

    @property
    def status_label(self):
        if not self.enabled:
            return "Tạm dừng"
        if self.last_fetched_at is None:
            return "Chưa tải"
        return f"Lỗi ({self.error_count} lần)" if self.error_count else "Bình thường"

    def next_fetch_at(self):
        """Due time: the interval after the last fetch, doubled for each consecutive failure (capped)."""
        if self.last_fetched_at is None:
            return None
        factor = min(2**self.error_count, MAX_BACKOFF_FACTOR)
        return self.last_fetched_at + timedelta(minutes=self.interval * factor)

    def is_due(self, now=None):
        due = self.next_fetch_at()
        return self.enabled and (due is None or due <= (now or timezone.now()))


class FeedItem(models.Model):
    source = models.ForeignKey(FeedSource, on_delete=models.CASCADE, related_name="items", verbose_name="nguồn tin")
    guid = models.CharField("mã tin", max_length=500)
    title = models.CharField("tiêu đề", max_length=500)
    link = models.URLField("đường dẫn", max_length=2000, blank=True)
    summary_html = models.TextField("tóm tắt", blank=True)
    published = models.DateTimeField("ngày đăng", null=True, blank=True)
    author = models.CharField("tác giả", max_length=200, blank=True)
    fetched_at = models.DateTimeField("ngày tải về", default=timezone.now)

    class Meta:
        verbose_name = "tin từ nguồn RSS"
        verbose_name_plural = "tin từ nguồn RSS"
        ordering = [models.F("published").desc(nulls_last=True), "-fetched_at"]
        constraints = [models.UniqueConstraint(fields=["source", "guid"], name="feed_item_guid_unique")]
        indexes = [models.Index(fields=["source", "-published"], name="feed_item_latest")]

    def __str__(self):
        return self.title
