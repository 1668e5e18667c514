"""A school's published statistics, projected into the public schema for the district's yearbook.

One ``tenants.PortalSnapshot`` per school under ``yearbook``; the district sums them by level and year
(``portal.yearbook.aggregation``) in one query. Unpublishing, deleting or restricting the page removes
the snapshot, so the district never counts statistics the school withdrew.
"""

from portal.yearbook.aggregation import SNAPSHOT_KEY
from portal.yearbook.levels import current_level
from tenants import projections
from tenants.models import Portal


def build_snapshot(page):
    level = current_level()
    parts = page.get_url_parts()
    return {"level": level, "title": page.title, "path": parts[2] if parts else "", "rows": page.records(level)}


YEARBOOK = projections.snapshot(
    SNAPSHOT_KEY, build=build_snapshot, page_models=("yearbook.YearbookPage",), portal_kinds={Portal.Kind.SCHOOL}
)
