"""The district's monitoring dashboard and the page of one school (issue 14, item 3)."""

from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from monitoring import charts, display, history, metrics, schoolyear
from monitoring.catalogue import BY_KEY, METRICS
from monitoring.models import Alert, MonitoringSettings
from monitoring.scoring import active_rules
from monitoring.views.access import district_staff_required
from tenants.models import Portal

SORTS = {"name", "score", "alerts", *BY_KEY}
COLUMNS = [
    "sections_missing",
    "disclosure_overdue",
    "disclosure_due",
    "mailboxes_approved",
    "leaders_published",
    "days_since_publication",
    "articles_year",
    "qa_on_time_percent",
    "feeds_failing",
    "search_failed_jobs",
    "failed_logins_30d",
    "lockouts_30d",
    "domain_ok",
]


def _sort_key(field):
    def key(status):
        if field == "name":
            return (0, status.portal.name)
        value = (
            status.score if field == "score" else status.alert_count if field == "alerts" else status.metrics.get(field)
        )
        return (value is None, value if value is not None else 0)

    return key


def filtered(statuses, params):
    level = params.get("cap", "")
    text = params.get("tim", "").strip().lower()
    below = params.get("diem_duoi", "")
    rule = params.get("quy_tac", "")
    if level:
        statuses = [s for s in statuses if s.portal.level == level]
    if text:
        statuses = [s for s in statuses if text in s.portal.name.lower() or text in s.portal.schema_name]
    if below.isdigit():
        statuses = [s for s in statuses if s.score < int(below)]
    if params.get("canh_bao"):
        statuses = [s for s in statuses if s.alert_count]
    if rule.isdigit():
        statuses = [s for s in statuses if any(r.rule.pk == int(rule) and not r.passed for r in s.results)]
    return statuses


@district_staff_required
def dashboard(request):
    rules = active_rules()
    statuses = metrics.schools(rules=rules, full=False)
    open_alerts = list(
        Alert.objects.filter(resolved_at=None, portal__is_active=True).select_related("portal").order_by("-created_at")
    )
    counts = {}
    for alert in open_alerts:
        counts[alert.portal_id] = counts.get(alert.portal_id, 0) + 1
    for status in statuses:
        status.alert_count = counts.get(status.portal.pk, 0)
    shown = filtered(statuses, request.GET)
    sort = request.GET.get("sap_xep", "score")
    sort = sort if sort in SORTS else "score"
    descending = request.GET.get("chieu", "tang") == "giam"
    shown.sort(key=_sort_key(sort), reverse=descending)
    trend = history.trend()
    columns = [BY_KEY[key] for key in COLUMNS]
    context = {
        "rows": display.rows_html(shown, columns),
        "statuses": shown,
        "total": len(statuses),
        "average": round(sum(s.score for s in statuses) / len(statuses), 1) if statuses else None,
        "rules": rules,
        "columns": columns,
        "metrics": METRICS,
        "levels": Portal.Level.choices,
        "params": request.GET,
        "sort": sort,
        "descending": descending,
        "alerts": open_alerts[:50],
        "alert_total": len(open_alerts),
        "settings": MonitoringSettings.current(),
        "chart": charts.trend_svg(trend),
        "school_year": schoolyear.current(),
        "school_years": schoolyear.recent(),
        "overdue_total": sum(s.metrics.get("disclosure_overdue") or 0 for s in statuses),
    }
    return TemplateResponse(request, "monitoring/dashboard.html", context)


@district_staff_required
def school(request, pk):
    portal = get_object_or_404(Portal.objects.filter(kind=Portal.Kind.SCHOOL), pk=pk)
    statuses = metrics.schools(portal=portal)
    if not statuses:  # inactive school: its snapshot rows stay, the dashboard hides it
        statuses = [metrics.SchoolStatus(portal, {}, {})]
    status = statuses[0]
    disclosure = status.snapshots.get("disclosure") or {}
    pending = [
        {**item, "school_year": year.get("school_year")}
        for year in disclosure.get("years") or []
        for item in year.get("items") or []
        if item.get("state") in ("overdue", "due")
    ]
    alerts = Alert.objects.filter(portal=portal).filter(Q(resolved_at=None) | Q(kind__in=["lockout", "new_address"]))
    context = {
        "status": status,
        "portal": portal,
        "portal_url": portal.public_url(request),
        "columns": [(metric, status.metrics.get(metric.key)) for metric in METRICS],
        "health": status.health,
        "pending_items": pending,
        "qa": status.snapshots.get("qa_timeliness"),
        "others": [
            ("Ban biên tập", status.snapshots.get("editorial")),
            ("Lượt truy cập", status.snapshots.get("visits")),
            ("Dữ liệu cá nhân", status.snapshots.get("privacy")),
        ],
        "alerts": alerts.order_by("-created_at")[:30],
        "chart": charts.trend_svg(history.trend(portal=portal), title=f"Điểm của {portal.name} theo tháng"),
        "mail": status.mail,
        "school_year": schoolyear.current(),
    }
    return TemplateResponse(request, "monitoring/school.html", context)
