"""Refreshing feed sources: fetch (safely), parse, store new items by GUID, record failures.

Run by the worker (``refresh_due`` every minute, for every portal in its own schema), never in a
request. A failure of any kind (network, HTTP, malformed XML, entity bomb) leaves the stored items
as they are and records the Vietnamese error message and a consecutive-failure count on the source,
which also spaces out the next attempts (``FeedSource.next_fetch_at``).
"""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tenants.utils import schema_context, tenant_context

from portal.feeds.fetching import fetch_feed
from portal.feeds.internal import internal_fetch
from portal.feeds.models import FeedItem, FeedSource
from portal.feeds.parsing import parse_feed
from tenants.models import Portal

logger = logging.getLogger(__name__)

MAX_ITEMS_PER_SOURCE = 100
FETCH_TIMEOUT = 10.0  # seconds for the whole fetch, redirects included (portal.feeds.fetching)
FIELDS = ("title", "link", "summary_html", "published", "author")


@dataclass(frozen=True)
class RefreshOutcome:
    status: str  # "ok" | "not_modified" | "error"
    created: int = 0
    updated: int = 0
    error: str = ""


def _fetch(source, timeout):
    result = internal_fetch(source.url, etag=source.etag or None)
    if result is not None:
        return result
    return fetch_feed(
        source.url,
        etag=source.etag or None,
        last_modified=source.last_modified or None,
        timeout=timeout,
        allow_private_hosts=frozenset(getattr(settings, "FEEDS_ALLOWED_PRIVATE_HOSTS", ())),
    )


INTERRUPTED = "Lần tải gần nhất bị gián đoạn trước khi hoàn tất (nguồn tin có thể quá lớn hoặc lỗi)."


def _record_attempt(source, now):
    """Save the attempt as a failure BEFORE fetching; success resets it.

    Why: a feed that kills the process (memory, a crash in a parser) would otherwise leave the source
    untouched and due, and the restarted worker would fetch it again at once, in a loop. Saved first, the
    source is already backed off (``FeedSource.next_fetch_at``) when the process dies.
    """
    source.last_fetched_at = now
    source.last_error = INTERRUPTED
    source.error_count += 1
    source.save(update_fields=["last_fetched_at", "last_error", "error_count"])


def _fail(source, message, now):
    """The attempt already counts as a failure (``_record_attempt``): store the real reason."""
    source.last_error = message
    source.save(update_fields=["last_fetched_at", "last_error", "error_count"])
    logger.warning("feed %s (%s) failed: %s", source.pk, source.url, message)
    return RefreshOutcome("error", error=message)


def store_items(source, items, now):
    """Insert new items and update changed ones (by GUID); returns ``(created, updated)``."""
    existing = {item.guid: item for item in source.items.filter(guid__in=[item.guid for item in items])}
    new, changed = [], []
    for parsed in items:
        values = {
            "title": parsed.title or parsed.link or "(không có tiêu đề)",
            "link": parsed.link,
            "summary_html": parsed.summary_html,
            "published": parsed.published,
            "author": parsed.author,
        }
        current = existing.get(parsed.guid)
        if current is None:
            new.append(FeedItem(source=source, guid=parsed.guid, fetched_at=now, **values))
        elif any(getattr(current, key) != value for key, value in values.items()):
            for key, value in values.items():
                setattr(current, key, value)
            changed.append(current)
    FeedItem.objects.bulk_create(new)
    FeedItem.objects.bulk_update(changed, FIELDS)
    keep = source.items.order_by(*FeedItem._meta.ordering).values_list("pk", flat=True)[:MAX_ITEMS_PER_SOURCE]
    source.items.exclude(pk__in=list(keep)).delete()
    return len(new), len(changed)


def refresh_source(source, now=None, timeout=FETCH_TIMEOUT):
    """Fetch one source now and store its items; never raises for feed problems."""
    now = now or timezone.now()
    _record_attempt(source, now)
    result = _fetch(source, timeout)
    if result.status == "error":
        return _fail(source, result.error, now)
    if result.status == "not_modified":
        source.last_success_at, source.last_error, source.error_count = now, "", 0
        source.etag, source.last_modified = result.etag or source.etag, result.last_modified or source.last_modified
        source.save()
        return RefreshOutcome("not_modified")
    parsed = parse_feed(result.content, result.final_url or source.url, content_type=result.content_type)
    if not parsed.ok:
        return _fail(source, parsed.error, now)
    with transaction.atomic():
        created, updated = store_items(source, parsed.items, now)
        source.etag, source.last_modified = (result.etag or "")[:500], (result.last_modified or "")[:100]
        source.last_success_at, source.error_count = now, 0
        source.last_error = parsed.warning or ""
        if not source.title and parsed.feed_title:
            source.title = parsed.feed_title[:200]
        source.save()
    return RefreshOutcome("ok", created=created, updated=updated)


def refresh_portal(portal, now=None, only_due=True):
    """Refresh the (due) sources of one portal inside its schema; one bad source never stops the rest."""
    now = now or timezone.now()
    outcomes = []
    with tenant_context(portal):
        for source in FeedSource.objects.filter(enabled=True):
            if only_due and not source.is_due(now):
                continue
            try:
                outcomes.append(refresh_source(source, now))
            except Exception:  # logged; the next source and portal still run
                logger.exception("feed source %s of %s crashed", source.pk, portal.schema_name)
    return outcomes


def refresh_due(now=None):
    """Worker task: every active portal's due sources."""
    with schema_context("public"):
        portals = list(Portal.objects.filter(is_active=True).exclude(kind=Portal.Kind.TEMPLATE))
    return {portal.schema_name: refresh_portal(portal, now) for portal in portals}
