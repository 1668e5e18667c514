"""Every school's figures, read from public-schema tables in a handful of queries (no school schema).

Sources: the registry (``tenants.Portal``, domains), the snapshots (``monitoring`` from
``monitoring.health``, ``disclosure``, ``qa_timeliness``, and when their apps have written them
``editorial``, ``visits``, ``privacy``), the projected news and notices (``tenants.PublishedItem``) and
the official mailboxes (``mailaccounts``, public by design). A figure whose source is missing is
``None``, shown as "chưa có dữ liệu".
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db.models import Count, JSONField, Max, Q
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from mailaccounts.models import MailAccount
from monitoring import schoolyear
from monitoring.health import KEY as HEALTH_KEY
from monitoring.scoring import active_rules, evaluate
from tenants.models import Domain, Portal, PortalSnapshot, PublishedItem
from tenants.naming import validate_school_domain

SNAPSHOT_KEYS = (HEALTH_KEY, "disclosure", "qa_timeliness", "editorial", "visits", "privacy")
ARTICLE_KINDS = ("news", "notice")
FORMS_SECTION = "thu-tuc-bieu-mau"
# The dashboard needs the disclosure counts and which school years exist, not 25 items × years per school:
# PostgreSQL cuts the JSON down before it travels (500 schools' items took most of the request's time).
SLIM_DATA = """CASE WHEN "tenants_portalsnapshot"."key" = 'disclosure' THEN jsonb_build_object(
    'counts', "tenants_portalsnapshot"."data"->'counts',
    'years', (SELECT coalesce(jsonb_agg(jsonb_build_object('school_year', y->'school_year')), '[]'::jsonb)
              FROM jsonb_array_elements("tenants_portalsnapshot"."data"->'years') AS y))
    ELSE "tenants_portalsnapshot"."data" END"""


@dataclass
class SchoolStatus:
    portal: Portal
    metrics: dict
    snapshots: dict
    mail: dict = field(default_factory=dict)
    score: int = 0
    results: list = field(default_factory=list)

    @property
    def failed(self):
        return [r for r in self.results if not r.passed]

    @property
    def health(self):
        return self.snapshots.get(HEALTH_KEY)


def domain_ok(hostname):
    try:
        validate_school_domain(hostname)
    except ValidationError:
        return 0
    return 1


def _disclosure_figures(data, school_year):
    if data is None:
        return {"disclosure_year": 0, "disclosure_overdue": None, "disclosure_due": None}
    counts = data.get("counts") or {}
    years = {year.get("school_year") for year in data.get("years") or []}
    return {
        "disclosure_year": int(school_year in years),
        "disclosure_overdue": counts.get("overdue", 0),
        "disclosure_due": counts.get("due", 0),
    }


def _qa_figures(data):
    if data is None:
        return {"qa_on_time_percent": None, "qa_open_overdue": None}
    answered = data.get("answered") or 0
    percent = round(100 * (data.get("answered_on_time") or 0) / answered) if answered else 100
    return {"qa_on_time_percent": percent, "qa_open_overdue": data.get("open_overdue", 0)}


def _health_figures(data):
    if data is None:
        keys = ("sections_missing", "forms_section", "leaders_published", "feeds_failing", "search_failed_jobs",
                "failed_logins_30d", "lockouts_30d")  # fmt: skip
        return dict.fromkeys(keys)
    sections = data.get("sections") or []
    forms = [s for s in sections if s.get("key") == FORMS_SECTION]
    logins = data.get("logins") or {}
    return {
        "sections_missing": sum(1 for s in sections if not s.get("non_empty")),
        "forms_section": int(bool(forms and forms[0].get("non_empty"))),
        "leaders_published": data.get("leaders_published", 0),
        "feeds_failing": (data.get("feeds") or {}).get("failing", 0),
        "search_failed_jobs": (data.get("search") or {}).get("failed", 0),
        "failed_logins_30d": logins.get("failed_30d", 0),
        "lockouts_30d": logins.get("lockouts_30d", 0),
    }


def mail_counts(scope):
    """``{portal_id: {"staff", "unit", "position", "approved", "pending", "suspended", "published"}}``."""
    counts = defaultdict(lambda: defaultdict(int))
    rows = MailAccount.objects.filter(**scope).values_list("portal_id", "kind", "status")
    for portal_id, kind, status, n in rows.annotate(n=Count("pk")):
        row = counts[portal_id]
        row[kind] += n
        row[status] += n
        if status == MailAccount.Status.APPROVED:
            row["published"] += n
        if status == MailAccount.Status.SUBMITTED:
            row["pending"] += n
    return counts


def schools(*, today=None, portal=None, rules=None, full=True):
    """A :class:`SchoolStatus` per active school (or only ``portal``), scored with the active rules.

    Seven queries whatever the number of schools (portals, domains, snapshots, articles, mail, rules).
    ``full=False`` (the dashboard) reads only the counts of the disclosure snapshot, not its items.
    """
    today = today or timezone.localdate()
    now = timezone.now()
    school_year = schoolyear.current(today)
    start, _ = schoolyear.bounds(school_year)
    # The other tables are filtered through a join on the same condition, not a list of 500 ids.
    scope = {"portal__kind": Portal.Kind.SCHOOL, "portal__is_active": True}
    if portal is not None:
        scope = {"portal_id": portal.pk}
    portals = Portal.objects.filter(kind=Portal.Kind.SCHOOL, is_active=True).order_by("name")
    if portal is not None:
        portals = portals.filter(pk=portal.pk)
    portals = list(portals)
    hostnames = dict(
        Domain.objects.filter(
            is_primary=True, **{key.replace("portal", "tenant", 1): v for key, v in scope.items()}
        ).values_list("tenant_id", "domain")
    )
    snapshots = defaultdict(dict)
    rows = PortalSnapshot.objects.filter(key__in=SNAPSHOT_KEYS, **scope)
    data = "data" if full else RawSQL(SLIM_DATA, [], output_field=JSONField())  # noqa: S611  # constant SQL
    for portal_id, key, value in rows.values_list("portal_id", "key", data):
        snapshots[portal_id][key] = value
    articles = {
        row["portal_id"]: row
        for row in PublishedItem.objects.filter(kind__in=ARTICLE_KINDS, **scope)
        .values("portal_id")
        .annotate(year=Count("pk", filter=Q(published_at__date__gte=start)), last=Max("published_at"))
    }
    mail = mail_counts(scope)
    rules = active_rules() if rules is None else rules
    statuses = []
    for school in portals:
        snaps = snapshots[school.pk]
        health = snaps.get(HEALTH_KEY)
        article_row = articles.get(school.pk, {})
        last_dates = [article_row.get("last")]
        if health and health.get("last_published"):
            last_dates.append(parse_datetime(health["last_published"]))
        last = max(filter(None, last_dates), default=None)
        metrics = {
            "articles_year": article_row.get("year", 0),
            "days_since_publication": (now - last).days if last else None,
            "mailboxes_approved": mail[school.pk]["approved"],
            "domain_ok": domain_ok(hostnames.get(school.pk, "")),
            **_health_figures(health),
            **_disclosure_figures(snaps.get("disclosure"), school_year),
            **_qa_figures(snaps.get("qa_timeliness")),
        }
        status = SchoolStatus(school, metrics, dict(snaps), mail=dict(mail[school.pk]))
        status.score, status.results = evaluate(rules, metrics)
        statuses.append(status)
    return statuses
