"""Reading the aggregates: today / this month / total, per-month counts, last days, most read pages.

"Visitors" are counted once per day: a month's and the total figures are sums of daily visitors
(what Vietnamese portals call "lượt truy cập"), not distinct people over the month, which the portal
cannot know without tracking them.
"""

import datetime

from django.core.cache import cache
from django.db.models import Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone
from wagtail.models import Page

from portal.visits.models import DayTotal, PageDay, VisitSettings

BOX_CACHE_KEY = "visits:home-box"
BOX_CACHE_SECONDS = 5 * 60


def totals(today=None):
    today = today or timezone.localdate()
    first = today.replace(day=1)
    rows = DayTotal.objects.aggregate(total=Sum("visitors"), views=Sum("views"))
    month = DayTotal.objects.filter(day__gte=first, day__lte=today).aggregate(n=Sum("visitors"))["n"] or 0
    day = DayTotal.objects.filter(day=today).first()
    return {
        "today": day.visitors if day else 0,
        "today_views": day.views if day else 0,
        "month": month,
        "total": rows["total"] or 0,
        "total_views": rows["views"] or 0,
    }


def per_month(months=12, today=None):
    today = today or timezone.localdate()
    start = (today.replace(day=1) - datetime.timedelta(days=31 * (months - 1))).replace(day=1)
    rows = (
        DayTotal.objects.filter(day__gte=start)
        .annotate(month=TruncMonth("day"))
        .values("month")
        .annotate(visitors=Sum("visitors"), views=Sum("views"))
        .order_by("month")
    )
    return [{"month": r["month"].strftime("%Y-%m"), "visitors": r["visitors"], "views": r["views"]} for r in rows]


def last_days(days=30, today=None):
    today = today or timezone.localdate()
    start = today - datetime.timedelta(days=days - 1)
    found = {row.day: row for row in DayTotal.objects.filter(day__gte=start, day__lte=today)}
    result = []
    for offset in range(days):
        day = start + datetime.timedelta(days=offset)
        row = found.get(day)
        result.append({"day": day, "visitors": row.visitors if row else 0, "views": row.views if row else 0})
    return result


def most_read(limit=10, days=30, today=None):
    """The most viewed live, public pages of the last ``days`` days (the home page left out)."""
    today = today or timezone.localdate()
    rows = (
        PageDay.objects.filter(day__gt=today - datetime.timedelta(days=days), page__depth__gt=2)
        .values("page_id")
        .annotate(views=Sum("views"))
        .order_by("-views")[: limit * 3]
    )
    views = {row["page_id"]: row["views"] for row in rows}
    pages = Page.objects.live().public().filter(pk__in=views).only("title", "url_path", "path", "depth")
    ranked = sorted(pages, key=lambda page: -views[page.pk])[:limit]
    return [(page, views[page.pk]) for page in ranked]


def home_box_data(request):
    """``None`` when the editor hides the box; cached a few minutes per portal (no query on a warm home)."""
    data = cache.get(BOX_CACHE_KEY)
    if data is None:
        setting = VisitSettings.for_request(request)
        data = {"show": setting.show_home_box, **(totals() if setting.show_home_box else {})}
        cache.set(BOX_CACHE_KEY, data, BOX_CACHE_SECONDS)
    return data if data["show"] else None


def forget_box(**kwargs):
    cache.delete(BOX_CACHE_KEY)
