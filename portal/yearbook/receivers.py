"""Project a school's published statistics into the public schema for the district's aggregation."""

from wagtail.signals import page_published, page_unpublished

from portal.yearbook.aggregation import SNAPSHOT_KEY
from portal.yearbook.levels import current_is_district
from portal.yearbook.models import YearbookPage
from tenants.projections import record_snapshot


def published(sender, instance, **kwargs):
    if not current_is_district():
        record_snapshot(SNAPSHOT_KEY, instance.specific.snapshot_data())


def unpublished(sender, instance, **kwargs):
    if not current_is_district():
        record_snapshot(SNAPSHOT_KEY, {"level": "", "rows": []})


def connect():
    page_published.connect(published, sender=YearbookPage, dispatch_uid="yearbook_snapshot_published")
    page_unpublished.connect(unpublished, sender=YearbookPage, dispatch_uid="yearbook_snapshot_unpublished")
