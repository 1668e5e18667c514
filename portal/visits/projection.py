"""What the district reads of each portal's visits: a ``PortalSnapshot`` under ``visits``.

Shape (PROTOCOL contract): ``{"today", "month", "total", "per_month": [{"month": "2026-12", "visitors",
"views"}], "as_of"}``. Hung on the home page (every portal has one) so ``tenants.projections`` writes it;
rebuilt hourly by the worker (``refresh_all``), which also prunes yesterday's hashed identifiers.
Counts only, nothing about visitors.
"""

from django.utils import timezone

from tenants import projections

KEY = "visits"


def build(page):
    from portal.visits.stats import per_month, totals

    figures = totals()
    return {
        "today": figures["today"],
        "month": figures["month"],
        "total": figures["total"],
        "per_month": per_month(),
        "as_of": timezone.localdate().isoformat(),
        "path": (page.get_url_parts() or (None, None, "/"))[2],  # rows store paths, like every projection
    }


VISITS = projections.snapshot(KEY, build=build, page_models=("core.HomePage",))


def refresh_all():
    """Worker job: prune yesterday's identifiers and rebuild every active portal's snapshot."""
    from django_tenants.utils import tenant_context

    from portal.visits.counting import prune
    from tenants.models import Portal

    for portal in Portal.objects.filter(is_active=True).exclude(kind=Portal.Kind.TEMPLATE):
        with tenant_context(portal):
            prune()
        projections.rebuild(portal, names=[KEY])
