"""Photo albums: an index page per portal ("Thư viện ảnh - Video") holding albums and videos.

Photos are rows of the album (an orderable inline: image, caption), so the editor reorders and captions
them on the album's edit page; the many-at-once upload (``portal.gallery.uploads``) adds rows to the
album's latest revision. Images stay Wagtail images: served through ``/media/`` with their collection's
privacy (``portal.core.privacy``), renditions sized for phones by ``srcset``.
"""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from portal.core.models.base import BasePage, normalize_instance_text
from portal.gallery.models.videos import VideoPage

GRID_SPEC = "fill-480x360|format-webp"
GRID_SPECS = ["fill-320x240|format-webp", "fill-480x360|format-webp"]
FULL_SPECS = ["max-800x800|format-webp", "max-1600x1600|format-webp"]


class GalleryIndexPage(BasePage):
    """The portal's "Thư viện ảnh - Video": albums first, then videos, newest first."""

    intro = RichTextField("giới thiệu", blank=True, features=["bold", "italic", "link"])

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["gallery.AlbumPage", "gallery.VideoPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "thư viện ảnh - video"
        verbose_name_plural = "thư viện ảnh - video"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        albums = (
            AlbumPage.objects.child_of(self)
            .live()
            .public()
            .select_related("cover")
            .prefetch_related("photos__image")
            .order_by("-date", "-pk")
        )
        videos = VideoPage.objects.child_of(self).live().public().select_related("poster").order_by("-date", "-pk")
        context.update(albums=list(albums[:60]), videos=list(videos[:30]))
        return context


class AlbumPage(BasePage):
    """An album of one activity: date, description, cover and ordered photos with captions."""

    date = models.DateField("ngày diễn ra")
    description = RichTextField("mô tả", blank=True, features=["bold", "italic", "link"])
    cover = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="ảnh bìa",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Bỏ trống để dùng ảnh đầu tiên của album.",
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel([FieldPanel("date"), FieldPanel("description"), FieldPanel("cover")], heading="Album"),
        InlinePanel(
            "photos",
            heading="Ảnh trong album",
            label="Ảnh",
            help_text=(
                "Kéo để sắp xếp thứ tự. Muốn thêm nhiều ảnh một lần, lưu album rồi dùng nút "
                "“Tải nhiều ảnh” trong danh sách trang (hoặc kéo thả ảnh vào trang tải lên)."
            ),
        ),
    ]
    parent_page_types = ["gallery.GalleryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "album ảnh"
        verbose_name_plural = "album ảnh"

    @property
    def ordered_photos(self):
        return sorted(self.photos.all(), key=lambda photo: (photo.sort_order or 0, photo.pk or 0))

    @property
    def cover_image(self):
        if self.cover_id:
            return self.cover
        photos = self.ordered_photos
        return photos[0].image if photos else None

    @property
    def search_date(self):
        return self.date

    def get_search_text(self):
        captions = " ".join(photo.caption for photo in self.photos.all() if photo.caption)
        return " ".join(part for part in (self.title, self.description, captions) if part)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["photos"] = [p for p in self.photos.select_related("image").order_by("sort_order", "pk")]
        return context


class AlbumPhoto(Orderable):
    page = ParentalKey(AlbumPage, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey("wagtailimages.Image", verbose_name="ảnh", on_delete=models.CASCADE, related_name="+")
    caption = models.CharField("chú thích", max_length=255, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        verbose_name = "ảnh"
        verbose_name_plural = "ảnh"

    def save(self, *args, **kwargs):
        normalize_instance_text(self)
        super().save(*args, **kwargs)

    @property
    def alt(self):
        return self.caption or self.image.default_alt_text
