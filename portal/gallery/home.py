"""Home boxes of the gallery (latest albums, latest video), cached per portal.

Why cached: every home-page view calls every box (``portal_home_box``); the albums' covers and their
renditions would add queries to the home page's budget (tests/core/test_home.py). The boxes' data are
plain values (titles, paths, rendition URLs) kept in the default cache, whose keys carry the portal's
schema (pitfall 1), and dropped whenever an album or video is published, unpublished or deleted.
"""

from django.core.cache import cache

from portal.gallery.models import AlbumPage, GalleryIndexPage, VideoPage
from portal.gallery.models.albums import GRID_SPEC

CACHE_KEY = "gallery:home-box"
CACHE_SECONDS = 30 * 60
ALBUMS = 4


def _rendition_url(image, spec):
    return image.get_rendition(spec).url if image is not None else ""


def box_data():
    data = cache.get(CACHE_KEY)
    if data is not None:
        return data
    index = GalleryIndexPage.objects.live().public().first()
    data = {"albums": [], "video": None, "index_url": index.url if index else ""}
    if index is not None:
        albums = (
            AlbumPage.objects.descendant_of(index)
            .live()
            .public()
            .select_related("cover")
            .prefetch_related("photos__image")
            .order_by("-date", "-pk")[:ALBUMS]
        )
        for album in albums:
            image = album.cover_image
            data["albums"].append(
                {
                    "title": album.title,
                    "url": album.url,
                    "date": album.date,
                    "count": len(album.photos.all()),
                    "image_url": _rendition_url(image, GRID_SPEC),
                    "image_alt": "",
                }
            )
        video = (
            VideoPage.objects.descendant_of(index).live().public().select_related("poster").order_by("-date", "-pk")
        ).first()
        if video is not None:
            data["video"] = {
                "title": video.title,
                "url": video.url,
                "date": video.date,
                "image_url": _rendition_url(video.poster, GRID_SPEC),
            }
    cache.set(CACHE_KEY, data, CACHE_SECONDS)
    return data


def forget(**kwargs):
    cache.delete(CACHE_KEY)
