"""The state of every disclosure item of a school year, from the catalogue, the pages and the calendar.

Pure reading: the pages are passed in (live and public ones for the public and the district), nothing
is imported from the models, so the page types, the admin dashboard, the PDF and the compliance
snapshot all compute states the same way.
"""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.dateparse import parse_date

from disclosure.catalogue import get as catalogue_item
from disclosure.deadlines import (
    DUE_WINDOW_DAYS,
    State,
    annual_due,
    annual_obligations,
    obligation,
    period_label,
    recurring_due,
    school_year_periods,
)
from portal.workdays.calendar import WorkingCalendar


def as_date(value):
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return value


@dataclass
class ItemStatus:
    item: object
    page: object = None
    obligations: list = field(default_factory=list)
    state: str = State.NOT_DUE
    due: datetime.date | None = None
    published: datetime.date | None = None
    updated: datetime.date | None = None

    @property
    def state_label(self):
        return State.label(self.state)

    @property
    def problems(self):
        """Obligations that are due or overdue (what the editors' dashboard lists)."""
        return [o for o in self.obligations if o.state in (State.DUE, State.OVERDUE)]

    def as_snapshot(self):
        return {
            "code": self.item.code,
            "title": self.item.title,
            "basis": self.item.basis,
            "state": self.state,
            "due": self.due.isoformat() if self.due else None,
            "published": self.published.isoformat() if self.published else None,
            "updated": self.updated.isoformat() if self.updated else None,
            "path": page_path(self.page),
            "late_or_missing_periods": [
                {"period": o.reason, "due": o.due.isoformat(), "state": o.state}
                for o in self.obligations
                if o.reason and o.reason != "change" and o.state in (State.LATE, State.OVERDUE)
            ],
        }


def page_path(page):
    if page is None:
        return ""
    parts = page.get_url_parts()
    return parts[2] if parts else ""


def pending_changed_on(page):
    """The change date the editors recorded, in the draft when one is waiting, else on the live page."""
    if page.has_unpublished_changes and page.latest_revision_id:
        raw = (page.latest_revision.content or {}).get("changed_on")
        return parse_date(raw) if raw else None
    return page.changed_on


def first_publication_since(page, day):
    dates = sorted(as_date(p.published_at) for p in page.publications.all())
    return next((d for d in dates if d >= day), None)


def item_obligations(item, page, school_year, today, calendar):
    if item.recurring:
        until = today + datetime.timedelta(days=DUE_WINDOW_DAYS[item.rule])
        published = {p.period_start: p.published_on for p in page.periods.all()} if page is not None else {}
        return [
            obligation(recurring_due(item.rule, start), published.get(start), today, item.rule,
                       period_label(item.rule, start))
            for start in school_year_periods(item.rule, school_year, until=until)
        ]  # fmt: skip
    first = as_date(page.first_published_at) if page is not None and page.live else None
    changed_on = pending_changed_on(page) if page is not None else None
    updated = first_publication_since(page, changed_on) if changed_on and first else None
    return annual_obligations(school_year, first, changed_on, updated, today, calendar)


def status_of(item, page, school_year, today, calendar):
    obligations = item_obligations(item, page, school_year, today, calendar)
    state = State.worst(o.state for o in obligations) if obligations else State.NOT_DUE
    deciding = next((o for o in obligations if o.state == state), None)
    if deciding is not None:
        due = deciding.due
    elif item.recurring:
        starts = school_year_periods(item.rule, school_year)
        due = recurring_due(item.rule, starts[0]) if starts else None
    else:
        due = annual_due(school_year)
    published = as_date(page.first_published_at) if page is not None else None
    updated = as_date(page.last_published_at) if page is not None else None
    return ItemStatus(item, page, obligations, state, due, published, updated if updated != published else None)


def year_statuses(year_page, pages, today=None, calendar=None):
    """One :class:`ItemStatus` per catalogue item of the year (a missing page counts as not published)."""
    today = today or timezone.localdate()
    calendar = calendar or WorkingCalendar.load()
    by_code = {page.item_code: page for page in pages}
    return [
        status_of(item, by_code.get(item.code), year_page.school_year, today, calendar)
        for item in year_page.catalogue_items()
    ]


def item_status(page, today=None, calendar=None):
    year = page.year_page()
    item = catalogue_item(page.item_code)
    if year is None or item is None:
        return None
    return status_of(item, page if page.live else None, year.school_year, today or timezone.localdate(),
                     calendar or WorkingCalendar.load())  # fmt: skip


def summarize(statuses):
    counts = {state: 0 for state in State.SEVERITY}
    for status in statuses:
        counts[status.state] += 1
    return {"state": State.worst(s.state for s in statuses) if statuses else State.NOT_DUE, "counts": counts}


def year_summary(year_page):
    summary = summarize(year_page.statuses())
    summary["state_label"] = State.label(summary["state"])
    summary["items"] = sum(summary["counts"].values())
    return summary
