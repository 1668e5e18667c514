"""The small API through which feature apps project content into the public schema.

Feature apps call these from their publish/unpublish/delete handlers, inside
their own portal's schema; the rows carry absolute URLs on the portal's domain
so the district can link to them without entering the school's schema.
"""

from django.db import connection
from django_tenants.utils import schema_context

from portal.text import nfc
from tenants.models import Portal, PortalSnapshot, PublishedItem


def current_portal():
    """The Portal whose schema the connection is in (None in the public schema)."""
    tenant = getattr(connection, "tenant", None)
    return tenant if isinstance(tenant, Portal) else None


def record_published(kind, object_id, *, title, url, published_at, summary="", image_url="", portal=None):
    """Create or update the projection of one published object of the current portal."""
    portal = portal or current_portal()
    if portal is None or portal.kind == Portal.Kind.TEMPLATE:
        return None
    with schema_context("public"):
        item, _ = PublishedItem.objects.update_or_create(
            portal=portal,
            kind=kind,
            object_id=object_id,
            defaults={
                "title": nfc(title)[:500],
                "url": url,
                "summary": nfc(summary or "")[:2000],
                "image_url": image_url or "",
                "published_at": published_at,
            },
        )
    return item


def withdraw(kind, object_id, portal=None):
    """Remove the projection of an object that was unpublished or deleted."""
    portal = portal or current_portal()
    if portal is None:
        return
    with schema_context("public"):
        PublishedItem.objects.filter(portal=portal, kind=kind, object_id=object_id).delete()


def latest(kind, limit=10, *, schools_only=False, portal=None):
    """Latest projected items of a kind across portals (one query, portal joined)."""
    queryset = PublishedItem.objects.filter(kind=kind, portal__is_active=True).select_related("portal")
    if schools_only:
        queryset = queryset.filter(portal__kind=Portal.Kind.SCHOOL)
    if portal is not None:
        queryset = queryset.filter(portal=portal)
    return list(queryset.order_by("-published_at")[:limit])


def record_snapshot(key, data, portal=None):
    """Store (replace) the current portal's JSON snapshot under ``key``."""
    portal = portal or current_portal()
    if portal is None or portal.kind == Portal.Kind.TEMPLATE:
        return None
    with schema_context("public"):
        snapshot, _ = PortalSnapshot.objects.update_or_create(portal=portal, key=key, defaults={"data": data})
    return snapshot


def snapshots(key, *, schools_only=True):
    """Every active portal's snapshot under ``key`` (one query, portal joined)."""
    queryset = PortalSnapshot.objects.filter(key=key, portal__is_active=True).select_related("portal")
    if schools_only:
        queryset = queryset.filter(portal__kind=Portal.Kind.SCHOOL)
    return list(queryset.order_by("portal__level", "portal__name"))
