"""Build disclosure pages for tests, with publication dates chosen by the test (states depend on them)."""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model

from disclosure import catalogue
from disclosure.models import DisclosureIndexPage, DisclosureItemPage, DisclosureYearPage, PeriodPublication


def at(day, hour=8):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, 0)))


def make_year(school_year="2025-2026", **fields):
    """A published year page under the portal's "Công khai" section (run inside the portal's schema)."""
    index = DisclosureIndexPage.objects.get()
    page = DisclosureYearPage(title=f"Công khai năm học {school_year}", school_year=school_year, **fields)
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def publish_item(year, code, published_on, *, title="", **fields):
    """Create and publish an item as if first published on ``published_on`` (history row dated too)."""
    item = catalogue.get(code)
    entries = fields.pop("entries", [])
    attachments = fields.pop("attachments", [])
    page = DisclosureItemPage(title=title or item.title, slug=item.slug, item_code=code,
                              first_published_at=at(published_on), **fields)  # fmt: skip
    page.entries = entries
    page.attachments = attachments
    year.add_child(instance=page)
    page.save_revision().publish()
    page.publications.update(published_at=at(published_on))
    PeriodPublication.objects.filter(page=page).update(published_on=published_on)
    DisclosureItemPage.objects.filter(pk=page.pk).update(last_published_at=at(published_on))
    page.refresh_from_db()
    return page


def publish_update(page, published_on, **fields):
    """Publish a new revision of ``page`` dated ``published_on``."""
    for key, value in fields.items():
        setattr(page, key, value)
    page.save_revision().publish()
    latest = page.publications.order_by("-published_at", "-pk").first()
    latest.published_at = at(published_on, 9)
    latest.save()
    DisclosureItemPage.objects.filter(pk=page.pk).update(last_published_at=at(published_on, 9))
    page.refresh_from_db()
    return page


def make_document(title, name="bien-ban.pdf", content=b"%PDF-1.4 cong khai"):
    """A Wagtail document in the current schema."""
    document = get_document_model()(title=title)
    document.file.save(name, ContentFile(content), save=True)
    return document
