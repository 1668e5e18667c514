"""The deadline engine: when each disclosure is due, and its state on a given day.

Rules (Thông tư 09/2024/TT-BGDĐT Art. 15; ../shared/DOMAIN.md), "trước ngày X" read as "no later than X":

- annual items of school year Y-(Y+1): before 30/6 of Y (Thông tư 36/2017 archives: the same June
  publication); the annual report for the previous year likewise;
- a change, or information that becomes available: within **10 working days** of the change, counted
  from the day after it on the working-day calendar (:mod:`portal.workdays.calendar`: weekends, public
  holidays from the ``holidays`` library, the supervising body's table of swapped days off and
  make-up Saturdays);
- mầm non monthly plan: before the 25th of the previous month;
- weekly and daily plans, menus: before Saturday of the previous week. The rule names a calendar day
  (parents read the menu over the weekend), so a holiday before or on that Saturday does not move it.

States: not yet due, due (the window before the deadline is open, nothing published), published on time,
published late, overdue (deadline passed, nothing published).
"""

import datetime
from dataclasses import dataclass

from disclosure.catalogue import ANNUAL, MONTHLY, WEEKLY

CHANGE_WORKING_DAYS = 10
ANNUAL_MONTH_DAY = (6, 30)
MONTHLY_DAY = 25
# How long before its deadline an unpublished item counts as "due" rather than "not yet due".
DUE_WINDOW_DAYS = {ANNUAL: 30, MONTHLY: 10, WEEKLY: 7}


class State:
    NOT_DUE = "not_due"
    DUE = "due"
    ON_TIME = "on_time"
    LATE = "late"
    OVERDUE = "overdue"

    LABELS = {
        NOT_DUE: "Chưa đến hạn",
        DUE: "Đến hạn công khai",
        ON_TIME: "Đã công khai đúng hạn",
        LATE: "Đã công khai muộn",
        OVERDUE: "Quá hạn chưa công khai",
    }
    # Worst first: the state that sums up several (a recurring item, a school year).
    SEVERITY = [OVERDUE, DUE, LATE, NOT_DUE, ON_TIME]

    @classmethod
    def label(cls, state):
        return cls.LABELS[state]

    @classmethod
    def worst(cls, states):
        states = set(states)
        for state in cls.SEVERITY:
            if state in states:
                return state
        return cls.ON_TIME


def school_year_start(school_year):
    """2025 for "2025-2026"."""
    return int(str(school_year)[:4])


def annual_due(school_year):
    month, day = ANNUAL_MONTH_DAY
    return datetime.date(school_year_start(school_year), month, day)


def change_due(changed_on, calendar):
    """10 working days after the change (the day of the change is not counted)."""
    return calendar.add_working_days(changed_on, CHANGE_WORKING_DAYS)


def month_start(day):
    return day.replace(day=1)


def week_start(day):
    """The Monday of ``day``'s week."""
    return day - datetime.timedelta(days=day.weekday())


def period_start(rule, day):
    """The first day of the period (month or week) ``day`` belongs to."""
    return month_start(day) if rule == MONTHLY else week_start(day)


def recurring_due(rule, start):
    """Deadline of the period beginning ``start`` (a month's first day, a week's Monday)."""
    if rule == MONTHLY:
        previous = month_start(start) - datetime.timedelta(days=1)
        return previous.replace(day=MONTHLY_DAY)
    if rule == WEEKLY:
        return week_start(start) - datetime.timedelta(days=2)  # Saturday of the previous week
    raise ValueError(f"not a recurring rule: {rule}")


def period_label(rule, start):
    if rule == MONTHLY:
        return f"Tháng {start.month:02d}/{start.year}"
    end = start + datetime.timedelta(days=6)
    return f"Tuần {start:%d/%m} – {end:%d/%m/%Y}"


def school_year_periods(rule, school_year, until=None):
    """Period starts of a recurring rule within the school year (September to May), up to ``until``.

    ``until`` (a date): only the periods whose deadline is on or before it, so next month's plan is
    listed once its deadline is near and a far future week is not.
    """
    first = school_year_start(school_year)
    begin, end = datetime.date(first, 9, 1), datetime.date(first + 1, 5, 31)
    starts = []
    if rule == MONTHLY:
        current = begin
        while current <= end:
            starts.append(current)
            current = (current + datetime.timedelta(days=32)).replace(day=1)
    else:
        current = week_start(begin) if begin.weekday() < 5 else week_start(begin) + datetime.timedelta(days=7)
        while current <= end:
            starts.append(current)
            current += datetime.timedelta(days=7)
    if until is not None:
        starts = [start for start in starts if recurring_due(rule, start) <= until]
    return starts


def state_of(due, published, today, window_days=0):
    """The state of one obligation: ``published`` (date or None) against ``due`` on ``today``."""
    if published is not None:
        return State.ON_TIME if due is None or published <= due else State.LATE
    if due is None:
        return State.NOT_DUE
    if today > due:
        return State.OVERDUE
    if today >= due - datetime.timedelta(days=window_days):
        return State.DUE
    return State.NOT_DUE


@dataclass(frozen=True)
class Obligation:
    """One thing to publish by a date: an annual item, a change to it, or a recurring period."""

    due: datetime.date
    published: datetime.date | None
    state: str
    reason: str = ""  # "change" for the 10-working-day rule, a period label for a recurring one

    @property
    def state_label(self):
        return State.label(self.state)


def obligation(due, published, today, rule=ANNUAL, reason=""):
    return Obligation(due, published, state_of(due, published, today, DUE_WINDOW_DAYS.get(rule, 0)), reason)


def annual_obligations(school_year, first_published, changed_on, updated_after_change, today, calendar):
    """The obligations of an annual item: its first publication, then an update after a recorded change.

    ``updated_after_change``: the first publication on or after ``changed_on`` (None if none yet).
    """
    result = [obligation(annual_due(school_year), first_published, today)]
    if changed_on is not None and first_published is not None and changed_on >= first_published:
        result.append(
            Obligation(
                change_due(changed_on, calendar),
                updated_after_change,
                state_of(change_due(changed_on, calendar), updated_after_change, today, window_days=10**4),
                "change",
            )
        )
    return result
