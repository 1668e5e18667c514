"""Demo "Thư viện ảnh - Video": one album of four small photos and one embedded video per portal.

The photos are tiny JPEGs drawn with Pillow (480x360, plain shapes: fast, no downloads); the video is a
YouTube embed (allow-listed provider) with a drawn poster. Idempotent: pages matched by slug, images by title.
"""

import datetime
import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model

from portal.gallery.models import AlbumPage, AlbumPhoto, GalleryIndexPage, VideoPage

COLOURS = [(11, 79, 138), (0, 105, 92), (183, 28, 28), (74, 20, 140), (27, 94, 32), (239, 108, 0)]
ALBUM = {
    "slug": "le-khai-giang-2025-2026",
    "title": "Lễ khai giảng năm học 2025 - 2026",
    "date": datetime.date(2025, 9, 5),
    "description": "<p>Một số hình ảnh trong lễ khai giảng năm học mới.</p>",
    "captions": [
        "Học sinh xếp hàng chào cờ",
        "Đại biểu đánh trống khai trường",
        "Tiết mục văn nghệ chào mừng",
        "Học sinh lớp đầu cấp nhận quà",
    ],
}
VIDEO = {
    "slug": "video-chao-nam-hoc-moi",
    "title": "Video: Chào năm học mới",
    "date": datetime.date(2025, 9, 6),
    "embed_url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
}


def small_photo(title, rng):
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    picture = PILImage.new("RGB", (480, 360), rng.choice(COLOURS))
    draw = ImageDraw.Draw(picture)
    for _ in range(4):
        x, y, r = rng.randint(0, 480), rng.randint(0, 360), rng.randint(30, 110)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=rng.choice(COLOURS), outline=(255, 255, 255), width=3)
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=70)
    image = Image(title=title, description=title)
    image.file = ImageFile(io.BytesIO(buffer.getvalue()), name="anh-album.jpg")
    image.save()
    return image


def seed_gallery(portal, demo, rng):
    index = GalleryIndexPage.objects.first()
    if index is None:
        return
    if not AlbumPage.objects.child_of(index).filter(slug=ALBUM["slug"]).exists():
        album = AlbumPage(
            title=ALBUM["title"], slug=ALBUM["slug"], date=ALBUM["date"], description=ALBUM["description"]
        )
        for position, caption in enumerate(ALBUM["captions"]):
            album.photos.add(AlbumPhoto(image=small_photo(caption, rng), caption=caption, sort_order=position))
        index.add_child(instance=album)
        album.save_revision().publish()
    if not VideoPage.objects.child_of(index).filter(slug=VIDEO["slug"]).exists():
        video = VideoPage(
            title=VIDEO["title"],
            slug=VIDEO["slug"],
            date=VIDEO["date"],
            embed_url=VIDEO["embed_url"],
            poster=small_photo("Ảnh đại diện video chào năm học mới", rng),
            description="<p>Video do học sinh thực hiện chào mừng năm học mới.</p>",
        )
        index.add_child(instance=video)
        video.save_revision().publish()
