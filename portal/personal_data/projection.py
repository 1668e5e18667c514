"""What the district sees of each portal's privacy work: a ``PortalSnapshot`` under ``privacy``.

Counts only, no personal data (contract with the district dashboard, PROTOCOL): open data-subject
requests, overdue ones, expired publications still live (past their end date but not yet recorded as
withdrawn by the daily job), public lists currently shown. Built from the portal's home page (always
live, so every portal has one row), rebuilt when a request is made or changes, and by the daily job.
"""

from django.utils import timezone

from tenants import projections
from tenants.models import Portal

KEY = "privacy"


def build(page):
    from portal.personal_data.models import DataSubjectRequest
    from portal.personal_data.retention import publication_models

    today = timezone.localdate()
    requests = list(DataSubjectRequest.objects.filter(closed_at__isnull=True))
    expired_live = shown = 0
    for model in publication_models():
        expired_live += model.objects.filter(personal_until__lt=today, personal_withdrawn_at__isnull=True).count()
        shown += sum(1 for p in model.objects.live().filter(personal_until__gte=today) if p.publishes_personal_data())
    return {
        "open_requests": len(requests),
        "overdue_requests": sum(1 for r in requests if r.is_overdue(today)),
        "expired_publications_live": expired_live,
        "public_lists": shown,
        "path": (page.get_url_parts() or (None, None, "/"))[2],
        "register_path": "/du-lieu-ca-nhan/",
        "as_of": today.isoformat(),
    }


# Schools only (the contract with the district dashboard); the district's own requests stay in its admin.
PRIVACY = projections.snapshot(
    KEY, build=build, page_models=("core.HomePage",), portal_kinds=frozenset({Portal.Kind.SCHOOL})
)


def schedule_privacy():
    """Rebuild this portal's snapshot after the current transaction commits."""
    from portal.core.models import HomePage

    projections.schedule(PRIVACY, set(HomePage.objects.values_list("pk", flat=True)))
