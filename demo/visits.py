"""Demo "Lượt truy cập": 60 days of daily totals per portal, a few pages' views, and the district snapshot.

Only aggregates are written (what counting keeps after a day); bulk inserts, so it costs milliseconds.
Idempotent: a portal that already has figures is left alone.
"""

import datetime

from django.utils import timezone
from wagtail.models import Page

from portal.visits.models import DayTotal, PageDay
from portal.visits.projection import KEY
from tenants import projections

DAYS = 60


def seed_visits(portal, demo, rng):
    if DayTotal.objects.exists():
        return
    today = timezone.localdate()
    base = 400 if portal.is_district else 120
    totals, page_days = [], []
    pages = list(Page.objects.live().filter(depth__gt=2).order_by("path").values_list("pk", flat=True)[:12])
    for offset in range(DAYS, 0, -1):
        day = today - datetime.timedelta(days=offset)
        weekend = day.weekday() >= 5
        visitors = rng.randint(base // 2, base) // (3 if weekend else 1)
        totals.append(DayTotal(day=day, visitors=visitors, views=visitors * rng.randint(2, 4)))
        for page_id in rng.sample(pages, min(4, len(pages))):
            page_days.append(PageDay(day=day, page_id=page_id, views=rng.randint(5, 60)))
    DayTotal.objects.bulk_create(totals)
    PageDay.objects.bulk_create(page_days)
    projections.rebuild(portal, names=[KEY])
