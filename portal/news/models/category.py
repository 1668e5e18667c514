"""Categories (chuyên mục) of news articles and events, edited as snippets.

https://docs.wagtail.org/en/stable/topics/snippets/
"""

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from portal.core.models.base import normalize_instance_text
from portal.text import ascii_slug


class NewsCategory(index.Indexed, models.Model):
    """A category such as "Hoạt động chuyên môn"; filters the news list (``?chuyen-muc=<slug>``)."""

    name = models.CharField("tên chuyên mục", max_length=120, unique=True)
    slug = models.SlugField(
        "đường dẫn",
        max_length=120,
        unique=True,
        blank=True,
        help_text="Để trống để tạo tự động từ tên (không dấu), ví dụ “hoat-dong-chuyen-mon”.",
    )
    sort_order = models.PositiveSmallIntegerField(
        "thứ tự", default=0, help_text="Số nhỏ hiển thị trước trong bộ lọc chuyên mục."
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = "chuyên mục tin"
        verbose_name_plural = "chuyên mục tin"
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        normalize_instance_text(self)
        self.slug = self.slug or ascii_slug(self.name)
        super().save(*args, **kwargs)

    def clean(self):
        normalize_instance_text(self)
        self.name = self.name.strip()
        self.slug = self.slug or ascii_slug(self.name)
        if not self.slug:
            raise ValidationError({"name": "Tên chuyên mục phải có ít nhất một chữ cái hoặc chữ số."})
