"""Every school follows its district's news feed: created when the school is provisioned or scaffolded.

The URL is the district's own outgoing news feed on its official domain (``https://``), or on its dev
host when ``PORTAL_DEV_PORT`` is set (``make run``). Either way the worker reads it in-process
(``portal.feeds.internal``) since the host is one of our portals.
"""

from django.conf import settings
from django.dispatch import receiver
from django_tenants.utils import schema_context

from portal.feeds.models import FeedSource
from tenants.models import Portal
from tenants.signals import portal_provisioned, scaffold_portal

DISTRICT_FEED_PATH = "/rss/tin-tuc/"


def district_feed_url(district):
    if settings.PORTAL_DEV_PORT:
        return f"http://{district.dev_hostname}:{settings.PORTAL_DEV_PORT}{DISTRICT_FEED_PATH}"
    host = district.primary_hostname or district.dev_hostname
    return f"https://{host}{DISTRICT_FEED_PATH}"


def the_district():
    with schema_context("public"):
        return (
            Portal.objects.filter(kind=Portal.Kind.DISTRICT, is_active=True)
            .prefetch_related("domains")
            .order_by("created_at")
            .first()
        )


def ensure_district_source(portal):
    """Create (or re-point) the school's managed source for the district feed; run in its schema."""
    if portal.kind != Portal.Kind.SCHOOL:
        return None
    district = the_district()
    if district is None:
        return None
    url = district_feed_url(district)
    title = f"Tin tức - {district.display_short_name}"
    source = FeedSource.objects.filter(is_district_feed=True).first()
    if source is None:
        return FeedSource.objects.create(title=title, url=url, is_district_feed=True, interval=15)
    if source.url != url:
        source.url, source.etag, source.last_modified = url, "", ""
        source.save(update_fields=["url", "etag", "last_modified"])
    return source


@receiver(portal_provisioned, dispatch_uid="feeds_district_source_provisioned")
@receiver(scaffold_portal, dispatch_uid="feeds_district_source_scaffold")
def district_source(sender, portal, **kwargs):
    ensure_district_source(portal)
