"""Project the district's published resources into the public schema, so every school lists them.

Only resources of a district portal are projected (the district's library is the shared one); a
school's own resources stay in its schema. Writes happen after the transaction commits, so a rolled
back publish never leaves a row behind; the portal is captured now because the connection's schema
may have changed by the time the callback runs.
"""

from django.db import transaction
from django.utils import timezone

from tenants import projections

KIND = "resource"


def _district():
    portal = projections.current_portal()
    return portal if portal is not None and portal.is_district else None


def project(page):
    """Record (or, if no longer public, withdraw) the projection of a district resource."""
    portal = _district()
    if portal is None:
        return
    if not page.live or page.get_view_restrictions().exists():
        withdraw(page.pk)
        return
    values = {
        "title": page.title,
        "url": page.full_url,
        "summary": page.meta_line,
        "published_at": page.first_published_at or timezone.now(),
    }
    transaction.on_commit(lambda: projections.record_published(KIND, page.pk, portal=portal, **values))


def withdraw(page_id):
    portal = _district()
    if portal is None:
        return
    transaction.on_commit(lambda: projections.withdraw(KIND, page_id, portal=portal))
