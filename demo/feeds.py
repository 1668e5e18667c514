"""Demo: every school's box "Tin từ Phòng GD&ĐT" filled right after ``seed_demo``.

The district is seeded first, so its news exist when the schools are seeded; the district source is
read in-process (``portal.feeds.internal``), no server needs to run. Idempotent: items are keyed by
GUID, and a second run finds the same feed (same ETag) and changes nothing.
"""

from portal.feeds.models import FeedSource
from portal.feeds.receivers import ensure_district_source
from portal.feeds.refresh import refresh_source


def seed_feed_items(portal, demo, rng):
    if ensure_district_source(portal) is None:
        return
    for source in FeedSource.objects.filter(is_district_feed=True, enabled=True):
        refresh_source(source)
