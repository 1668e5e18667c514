"""The per-school health snapshot (``PortalSnapshot`` key ``monitoring``), built inside the school's schema.

Why a snapshot: the district's dashboard must answer for 500 schools without entering their schemas
(docs/architecture.md, section 5). What can only be read inside a school (its sections and pages, its
feeds, its login attempts: django-axes tables are per schema) is summarized here by the projection
mechanism (``projections.refresh``/``schedule``, not registered: see ``MonitoringConfig.ready``): on every
publish or unpublish in the school (``monitoring.receivers``) and by the worker
(``monitoring.tasks.refresh_all``, hourly, since lockouts and silence change without a publish).
Shape of ``data``::

    {"computed_at": "2026-12-02T10:00:00+07:00", "last_published": "2026-11-30T08:00:00+07:00",
     "sections": [{"key": "tin-tuc", "title": "Tin tức - Sự kiện", "present": true, "live": true,
                   "items": 12, "non_empty": true, "updated": "2026-11-30"}],
     "leaders_published": 3, "feeds": {"total": 2, "failing": 0},
     "search": {"pending": 0, "failed": 0, "index_present": true},
     "logins": {"failed_30d": 4, "lockouts_30d": 1,
                "lockouts": [{"username": "admin", "ip": "1.2.3.4", "at": "..."}],
                "new_addresses": [{"username": "admin", "ip": "5.6.7.8", "at": "..."}]}}

Counts and user names of administrators only; no visitor's personal data.
"""

from datetime import timedelta
from pathlib import Path

from axes.models import AccessFailureLog, AccessLog
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models import Count, Max, Q
from django.utils import timezone
from django_tenants.utils import schema_context, tenant_context
from wagtail.models import Page

from portal.core.models import HomePage
from portal.core.sections import mandated_sections
from portal.feeds.models import FeedSource
from portal.search.models import IndexJob
from tenants import projections
from tenants.models import Portal, PortalSnapshot

KEY = "monitoring"
WINDOW_DAYS = 30
MAX_EVENTS = 20


def _iso(value):
    return timezone.localtime(value).isoformat() if value else None


def section_states():
    """Each mandated section: present, live, how many live pages under it, last updated.

    "Non-empty" means live pages under the section, or the section page itself edited since it was
    scaffolded (Giới thiệu, Liên hệ hold their content on the section page).
    """
    states = []
    for spec in mandated_sections():
        try:
            model = apps.get_model(spec.model)
        except LookupError:
            model = None
        page = model.objects.filter(section_key=spec.key).first() if model is not None else None
        if page is None:
            states.append({"key": spec.key, "title": spec.title, "present": False, "live": False, "items": 0,
                           "non_empty": False, "updated": None})  # fmt: skip
            continue
        below = (
            Page.objects.descendant_of(page).filter(live=True).aggregate(n=Count("pk"), last=Max("last_published_at"))
        )
        edited = bool(
            page.last_published_at
            and page.first_published_at
            and page.last_published_at - page.first_published_at > timedelta(minutes=1)
        )
        updated = max(filter(None, [below["last"], page.last_published_at]), default=None)
        states.append({
            "key": spec.key,
            "title": page.title,
            "present": True,
            "live": page.live,
            "items": below["n"],
            "non_empty": page.live and (below["n"] > 0 or edited),
            "updated": timezone.localdate(updated).isoformat() if updated else None,
        })  # fmt: skip
    return states


def leaders_published():
    """Leaders with a phone or an official e-mail on the live "Giới thiệu" page (0 without the app)."""
    try:
        leader = apps.get_model("organization", "LeaderContact")
    except LookupError:
        return 0
    return leader.objects.filter(page__live=True).exclude(phone="", email="").count()


def login_events(now):
    """Failed logins and lockouts of the last 30 days, and administrators' logins from a new address.

    An address is new for a user when none of that user's earlier logins came from it; the user's very
    first login is not an event (every address is new then).
    """
    since = now - timedelta(days=WINDOW_DAYS)
    failures = AccessFailureLog.objects.filter(attempt_time__gte=since)
    lockouts = failures.filter(locked_out=True).order_by("-attempt_time")
    admins = set(
        get_user_model()
        .objects.filter(Q(is_superuser=True) | Q(groups__permissions__codename="access_admin"))
        .values_list("username", flat=True)
    )
    new_addresses = []
    seen = {}
    for username, ip, at in (
        AccessLog.objects.filter(username__in=admins)
        .order_by("attempt_time")
        .values_list("username", "ip_address", "attempt_time")
    ):
        known = seen.setdefault(username, set())
        if known and ip not in known and at >= since:
            new_addresses.append({"username": username, "ip": ip, "at": _iso(at)})
        known.add(ip)
    return {
        "failed_30d": failures.count(),
        "lockouts_30d": lockouts.count(),
        "lockouts": [
            {"username": row.username or "", "ip": row.ip_address, "at": _iso(row.attempt_time)}
            for row in lockouts[:MAX_EVENTS]
        ],
        "new_addresses": new_addresses[-MAX_EVENTS:],
    }


def build(home_page):
    now = timezone.now()
    schema = connection.schema_name
    last = Page.objects.filter(live=True, depth__gt=2).aggregate(last=Max("last_published_at"))["last"]
    feeds = FeedSource.objects.filter(enabled=True)
    with schema_context("public"):
        jobs = IndexJob.objects.filter(schema_name=schema)
        search = {
            "pending": jobs.filter(status=IndexJob.Status.PENDING).count(),
            "failed": jobs.filter(status=IndexJob.Status.FAILED).count(),
        }
    search["index_present"] = (Path(settings.SEARCH_ROOT) / schema).is_dir()
    return {
        "computed_at": _iso(now),
        "last_published": _iso(last),
        "sections": section_states(),
        "leaders_published": leaders_published(),
        "feeds": {"total": feeds.count(), "failing": feeds.filter(error_count__gt=0).count()},
        "search": search,
        "logins": login_events(now),
    }


HEALTH = projections.snapshot(KEY, build=build, page_models=("core.HomePage",), portal_kinds={Portal.Kind.SCHOOL})


def rebuild(portal):
    """Rebuild ``portal``'s snapshot now (worker, demo); the row is removed when the home page is not public."""
    if not HEALTH.applies_to(portal):
        return
    with tenant_context(portal):
        ids = set(HomePage.objects.live().public().values_list("pk", flat=True))
        projections.refresh(HEALTH, ids, portal)
        if not ids:
            with schema_context("public"):
                PortalSnapshot.objects.filter(portal=portal, key=KEY).delete()


def refresh_current():
    """Rebuild the current school's snapshot after the transaction commits (a page was published...)."""
    home = Page.objects.filter(depth=2).values_list("pk", flat=True).first()
    if home is not None:
        projections.schedule(HEALTH, {home})
