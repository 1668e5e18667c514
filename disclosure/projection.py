"""The compliance snapshot: every school's disclosure states, in the public schema, for the district.

One ``tenants.PortalSnapshot`` per school under ``disclosure`` (the district's monitoring reads them all
in one query through ``tenants.projections.snapshots("disclosure")``). Shape of ``data``::

    {"computed_on": "2026-12-02", "level": "mn", "path": "/cong-khai/",
     "counts": {"overdue": 1, "due": 0, "late": 0, "not_due": 0, "on_time": 23}, "state": "overdue",
     "years": [{"school_year": "2025-2026", "regulation": "tt09_2024", "path": "/cong-khai/2025-2026/",
                "state": "overdue", "counts": {...},
                "items": [{"code": "tt09-5-2", "title": "...", "basis": "...", "state": "overdue",
                           "due": "2025-12-29", "published": "2025-06-20", "updated": null,
                           "path": "/cong-khai/2025-2026/hoc-phi-cac-khoan-thu/",
                           "late_or_missing_periods": []}]}]}

Dates are ISO strings, paths are paths on the school's own host (links are built from the registry).
``counts`` at the top sum the years under Thông tư 09/2024 only: archive years (Thông tư 36/2017) are
listed, but a school is not judged today on a rule that no longer applies. States depend on the date,
so besides the publish/unpublish/delete events the worker refreshes every snapshot not computed today
(``disclosure.wagtail_hooks``).
"""

from django.db import connection
from django.utils import timezone

from disclosure.catalogue import TT09
from disclosure.deadlines import State
from disclosure.status import page_path, summarize
from tenants import projections
from tenants.models import Portal

SNAPSHOT_KEY = "disclosure"


def build_compliance(index_page):
    years, current = [], []
    for year in index_page.years():
        statuses = year.statuses()
        summary = summarize(statuses)
        years.append({
            "school_year": year.school_year,
            "regulation": year.regulation,
            "path": page_path(year),
            "state": summary["state"],
            "counts": summary["counts"],
            "items": [status.as_snapshot() for status in statuses],
        })  # fmt: skip
        if year.regulation == TT09:
            current.extend(statuses)
    summary = summarize(current)
    return {
        "computed_on": timezone.localdate().isoformat(),
        "level": getattr(getattr(connection, "tenant", None), "level", "") or "",
        "path": page_path(index_page),
        "state": summary["state"] if current else State.NOT_DUE,
        "counts": summary["counts"],
        "years": years,
    }


COMPLIANCE = projections.snapshot(
    SNAPSHOT_KEY,
    build=build_compliance,
    page_models=("disclosure.DisclosureIndexPage",),
    portal_kinds={Portal.Kind.SCHOOL},
)
