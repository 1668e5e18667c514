"""Counting a page view: one SQL statement, no cookie, no third party, bots and prefetches left out.

Why one statement: counting runs on every public page view, so it must cost one cheap round trip. A
PostgreSQL statement with data-modifying CTEs records the visitor's daily hash (ignored if already
seen today), adds one view to the page's row of the day and one view, plus one visitor if the hash was
new, to the day's total; all upserts (``ON CONFLICT``), so concurrent views never lose a count.

Who is not counted: requests other than GET, previews, prefetch/prerender requests, and any client whose
``User-Agent`` is missing or names a robot, crawler, monitoring or command-line tool (a browser always
sends one). The address and the browser string are only hashed with a salt derived from the secret key
and the day; nothing of them is stored beyond the day (``prune``).
"""

import hashlib
import hmac
import logging
import re

from django.conf import settings
from django.db import DatabaseError, connection
from django.utils import timezone

from portal.core.lockout import client_ip
from portal.visits.models import DailyVisitor, DayTotal, PageDay

logger = logging.getLogger(__name__)

BOT_PATTERN = re.compile(
    r"bot|crawl|spider|slurp|scrap|fetch|monitor|uptime|curl|wget|python|httpx|java/|go-http|libwww|okhttp|"
    r"headless|lighthouse|pagespeed|preview|facebookexternalhit|zalo|embedly|validator|feed|rss|axios|node-fetch",
    re.IGNORECASE,
)


def is_bot(request):
    agent = request.META.get("HTTP_USER_AGENT", "")
    return not agent.strip() or bool(BOT_PATTERN.search(agent))


def is_prefetch(request):
    purpose = (request.META.get("HTTP_SEC_PURPOSE", "") + request.META.get("HTTP_PURPOSE", "")).lower()
    return "prefetch" in purpose or "prerender" in purpose


def daily_salt(day):
    return hmac.new(settings.SECRET_KEY.encode(), f"visits:{day.isoformat()}".encode(), hashlib.sha256).digest()


def visitor_digest(request, day):
    identity = "|".join([connection.schema_name, client_ip(request) or "", request.META.get("HTTP_USER_AGENT", "")])
    return hmac.new(daily_salt(day), identity.encode(), hashlib.sha256).hexdigest()[:32]


def _sql():
    visitor, page, total = DailyVisitor._meta.db_table, PageDay._meta.db_table, DayTotal._meta.db_table
    return f"""
    WITH new_visitor AS (
        INSERT INTO {visitor} (day, digest) VALUES (%(day)s, %(digest)s)
        ON CONFLICT (day, digest) DO NOTHING RETURNING 1
    ), page_view AS (
        INSERT INTO {page} (day, page_id, views) VALUES (%(day)s, %(page)s, 1)
        ON CONFLICT (day, page_id) DO UPDATE SET views = {page}.views + 1 RETURNING 1
    )
    INSERT INTO {total} (day, views, visitors)
    VALUES (%(day)s, 1, (SELECT count(*) FROM new_visitor))
    ON CONFLICT (day) DO UPDATE SET views = {total}.views + 1, visitors = {total}.visitors + EXCLUDED.visitors
    """  # noqa: S608  (table names are the models' own; values are parameters)


def should_count(page, request):
    return (
        request.method == "GET"
        and not getattr(request, "is_preview", False)
        and not is_prefetch(request)
        and not is_bot(request)
        and getattr(request, "tenant", None) is not None
    )


def count_view(page, request, day=None):
    """Count one view of ``page`` (True) unless the request is not a visitor's (False)."""
    return count_view_of(page.pk, request, day)


def count_view_of(page_id, request, day=None):
    """Count one view of the page ``page_id``: the same for a rendered page and one from the page cache."""
    if not should_count(None, request):
        return False
    day = day or timezone.localdate()
    try:
        with connection.cursor() as cursor:
            cursor.execute(_sql(), {"day": day, "digest": visitor_digest(request, day), "page": page_id})
    except DatabaseError:  # never break a page view for a statistic
        logger.exception("visit not counted on %s", connection.schema_name)
        return False
    return True


def prune(today=None):
    """Forget the hashed identifiers of past days (the daily aggregates stay)."""
    today = today or timezone.localdate()
    return DailyVisitor.objects.filter(day__lt=today).delete()[0]
