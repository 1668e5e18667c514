"""Today's active banners for the home page, cached per portal and day (dropped when a banner changes)."""

from django.core.cache import cache
from django.utils import timezone

from portal.banners.models import Banner

BANNER_SPEC = "fill-1200x300|format-webp"
PHONE_SPEC = "fill-720x180|format-webp"
CACHE_SECONDS = 60 * 60


def _key(day):
    return f"banners:home:{day.isoformat()}"


def banners_today():
    day = timezone.localdate()
    data = cache.get(_key(day))
    if data is None:
        data = {"top": [], "bottom": []}
        for banner in Banner.shown_on(day):
            data[banner.position].append(
                {
                    "title": banner.title,
                    "url": banner.url,
                    "src": banner.image.get_rendition(BANNER_SPEC).url,
                    "phone_src": banner.image.get_rendition(PHONE_SPEC).url,
                }
            )
        cache.set(_key(day), data, CACHE_SECONDS)
    return data


def forget(**kwargs):
    cache.delete(_key(timezone.localdate()))
