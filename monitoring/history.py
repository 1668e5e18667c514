"""The monthly history rows and the district's trend (the dashboard's chart)."""

import datetime

from django.db.models import Avg, Count, Max, Min
from django.utils import timezone

from monitoring.models import MonthlyHistory

KEPT_METRICS = ("articles_year", "disclosure_overdue", "days_since_publication", "sections_missing")


def month_start(day):
    return day.replace(day=1)


def months_back(day, count):
    """The first days of the ``count`` months ending with ``day``'s month, oldest first."""
    first = month_start(day)
    months = [first]
    for _ in range(count - 1):
        first = month_start(first - datetime.timedelta(days=1))
        months.append(first)
    return months[::-1]


def record(statuses, today=None):
    """Write (or rewrite) this month's row of every school: one statement for all of them."""
    month = month_start(today or timezone.localdate())
    rows = [
        MonthlyHistory(
            portal=status.portal,
            month=month,
            score=status.score,
            metrics={key: status.metrics.get(key) for key in KEPT_METRICS},
        )
        for status in statuses
    ]
    MonthlyHistory.objects.bulk_create(
        rows, update_conflicts=True, unique_fields=["portal", "month"], update_fields=["score", "metrics", "updated_at"]
    )
    return len(rows)


def trend(months=12, today=None, portal=None):
    """``[{"month", "average", "lowest", "highest", "schools"}]`` per month (months without rows omitted)."""
    first = months_back(today or timezone.localdate(), months)[0]
    rows = MonthlyHistory.objects.filter(month__gte=first, portal__is_active=True)
    if portal is not None:
        rows = rows.filter(portal=portal)
    rows = rows.values("month").annotate(
        average=Avg("score"), lowest=Min("score"), highest=Max("score"), schools=Count("pk")
    )
    return [{**row, "average": round(row["average"], 1)} for row in rows.order_by("month")]
