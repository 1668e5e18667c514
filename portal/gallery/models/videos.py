"""Videos of school activities: an uploaded file (size-limited, with a poster image) or an embed.

An uploaded file belongs to its video page: it is stored in the portal's media folder but never under a
path ``/media/`` serves (``portal.core.views`` serves only files a Wagtail model owns); it is sent by the
page's own ``tep/`` route, which Wagtail reaches only after the page's view restrictions passed, with the
caching rule of ``portal.core.privacy``. Embeds come from the allow-list in ``portal.gallery.embeds``.
Neither kind ever autoplays (no ``autoplay`` attribute, no autoplay parameter in player addresses).
"""

from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import FileResponse, Http404
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField

from portal.core import privacy
from portal.core.models.base import BasePage
from portal.gallery.embeds import parse_embed, validate_embed_url

VIDEO_EXTENSIONS = {".mp4": "video/mp4", ".webm": "video/webm"}
VIDEO_TOO_LARGE = (
    "Tệp video quá lớn ({size} MB); giới hạn là {limit} MB. Hãy nén video hoặc đăng lên YouTube rồi nhúng."
)
VIDEO_BAD_TYPE = "Chỉ nhận tệp video MP4 hoặc WebM."
VIDEO_NEEDS_SOURCE = "Hãy tải lên một tệp video hoặc dán địa chỉ video YouTube/Vimeo."
VIDEO_TWO_SOURCES = "Chọn một trong hai: tệp video tải lên hoặc địa chỉ nhúng, không cả hai."


def max_video_bytes():
    return getattr(settings, "GALLERY_VIDEO_MAX_UPLOAD_SIZE", 100 * 1024 * 1024)


def validate_video_file(upload):
    if Path(upload.name).suffix.lower() not in VIDEO_EXTENSIONS:
        raise ValidationError(VIDEO_BAD_TYPE, code="video_type")
    limit = max_video_bytes()
    if upload.size > limit:
        raise ValidationError(
            VIDEO_TOO_LARGE.format(size=round(upload.size / 1048576, 1), limit=limit // 1048576), code="video_size"
        )


class VideoPage(RoutablePageMixin, BasePage):
    date = models.DateField("ngày")
    description = RichTextField("mô tả", blank=True, features=["bold", "italic", "link"])
    video_file = models.FileField(
        "tệp video",
        upload_to="videos/%Y/%m",
        blank=True,
        validators=[validate_video_file],
        help_text="MP4 hoặc WebM, tối đa 100 MB. Video không tự phát.",
    )
    embed_url = models.URLField(
        "địa chỉ video YouTube/Vimeo",
        blank=True,
        validators=[validate_embed_url],
        help_text="Ví dụ https://www.youtube.com/watch?v=… Chỉ nhận YouTube và Vimeo.",
    )
    poster = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="ảnh đại diện (poster)",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Hiện trước khi bấm phát và trong danh sách video.",
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("video_file"), FieldPanel("embed_url"), FieldPanel("poster")], heading="Nguồn video"
        ),
    ]
    parent_page_types = ["gallery.GalleryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "video"
        verbose_name_plural = "video"

    def clean(self):
        super().clean()
        if not self.video_file and not self.embed_url:
            raise ValidationError({"embed_url": VIDEO_NEEDS_SOURCE})
        if self.video_file and self.embed_url:
            raise ValidationError({"embed_url": VIDEO_TWO_SOURCES})

    @property
    def embed(self):
        if not self.embed_url:
            return None
        try:
            return parse_embed(self.embed_url)
        except ValidationError:
            return None

    @property
    def file_type(self):
        return VIDEO_EXTENSIONS.get(Path(self.video_file.name).suffix.lower(), "video/mp4") if self.video_file else ""

    @property
    def search_date(self):
        return self.date

    def get_search_text(self):
        return " ".join(part for part in (self.title, self.description) if part)

    @path("tep/")
    def video(self, request):
        """The uploaded file, after Wagtail's view restrictions; shared caches only for a public page."""
        if not self.video_file:
            raise Http404("Không tìm thấy tệp.")
        try:
            handle = self.video_file.open("rb")
        except FileNotFoundError as error:
            raise Http404("Không tìm thấy tệp.") from error
        response = FileResponse(handle, content_type=self.file_type)
        response["X-Content-Type-Options"] = "nosniff"
        return privacy.set_cache(response, not privacy.page_is_public(self), public_max_age=86400)
