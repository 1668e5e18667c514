"""Deadlines on known dates: 30/6, 10 working days across Tết and swapped days, monthly and weekly plans."""

import datetime

from disclosure.catalogue import MONTHLY, WEEKLY
from disclosure.deadlines import (
    State,
    annual_due,
    annual_obligations,
    change_due,
    recurring_due,
    school_year_periods,
    state_of,
)
from portal.workdays.calendar import WorkingCalendar
from portal.workdays.models import DayAdjustment

D = datetime.date
LIBRARY = WorkingCalendar()


def test_annual_items_are_due_on_30_june_of_the_first_year():
    assert annual_due("2025-2026") == D(2025, 6, 30)
    assert annual_due("2019-2020") == D(2019, 6, 30)


def test_change_just_before_tet_waits_for_the_holiday_to_pass():
    # Thursday 12/02/2026: Friday 13/02 counts, then Tết (14-22/02) does not, 10th working day is 05/03.
    assert change_due(D(2026, 2, 12), LIBRARY) == D(2026, 3, 5)


def test_change_before_30_april_counts_the_library_make_up_saturday():
    # Friday 25/04/2025: Saturday 26/04 was worked in exchange for Friday 02/05 (holiday 30/4-4/5).
    assert change_due(D(2025, 4, 25), LIBRARY) == D(2025, 5, 13)


def test_change_over_new_year_uses_the_table_of_the_supervising_body():
    assert change_due(D(2025, 12, 31), LIBRARY) == D(2026, 1, 15)
    swapped = WorkingCalendar({D(2026, 1, 2): DayAdjustment.Kind.DAY_OFF})
    assert change_due(D(2025, 12, 31), swapped) == D(2026, 1, 16)  # 02/01/2026 off: one day later
    made_up = WorkingCalendar(
        {D(2026, 1, 2): DayAdjustment.Kind.DAY_OFF, D(2026, 1, 10): DayAdjustment.Kind.WORKING_DAY}
    )
    assert change_due(D(2025, 12, 31), made_up) == D(2026, 1, 15)  # ... and a worked Saturday gives it back


def test_monthly_plan_is_due_on_the_25th_of_the_previous_month():
    assert recurring_due(MONTHLY, D(2026, 3, 1)) == D(2026, 2, 25)  # just after Tết: the date does not move
    assert recurring_due(MONTHLY, D(2026, 1, 1)) == D(2025, 12, 25)


def test_menu_due_on_the_saturday_after_a_holiday():
    # The week of Monday 04/05/2026 follows 30/4 (Thursday) and 1/5 (Friday): due Saturday 02/05/2026.
    assert recurring_due(WEEKLY, D(2026, 5, 4)) == D(2026, 5, 2)
    assert state_of(D(2026, 5, 2), D(2026, 5, 2), D(2026, 5, 10)) == State.ON_TIME
    assert state_of(D(2026, 5, 2), D(2026, 5, 4), D(2026, 5, 10)) == State.LATE
    # The week after Tết (Monday 23/02/2026): Saturday 21/02, the last Saturday of the break.
    assert recurring_due(WEEKLY, D(2026, 2, 23)) == D(2026, 2, 21)


def test_recurring_periods_of_a_school_year():
    months = school_year_periods(MONTHLY, "2025-2026")
    assert months[0] == D(2025, 9, 1) and months[-1] == D(2026, 5, 1) and len(months) == 9
    weeks = school_year_periods(WEEKLY, "2025-2026")
    assert weeks[0] == D(2025, 9, 1) and all(day.weekday() == 0 for day in weeks)
    assert weeks[-1] == D(2026, 5, 25)
    assert school_year_periods(WEEKLY, "2025-2026", until=D(2025, 9, 6)) == [D(2025, 9, 1), D(2025, 9, 8)]


def test_state_transitions():
    due = D(2025, 6, 30)
    assert state_of(due, None, D(2025, 4, 1), window_days=30) == State.NOT_DUE
    assert state_of(due, None, D(2025, 6, 10), window_days=30) == State.DUE
    assert state_of(due, None, D(2025, 6, 30), window_days=30) == State.DUE
    assert state_of(due, None, D(2025, 7, 1), window_days=30) == State.OVERDUE
    assert state_of(due, D(2025, 6, 30), D(2025, 7, 1)) == State.ON_TIME
    assert state_of(due, D(2025, 7, 1), D(2025, 7, 1)) == State.LATE
    assert State.worst([State.ON_TIME, State.LATE, State.OVERDUE]) == State.OVERDUE


def test_a_recorded_change_opens_a_new_obligation():
    first = D(2025, 6, 20)
    on_time, change = annual_obligations("2025-2026", first, D(2026, 2, 12), None, D(2026, 2, 20), LIBRARY)
    assert on_time.state == State.ON_TIME
    assert (change.due, change.state, change.reason) == (D(2026, 3, 5), State.DUE, "change")
    _, change = annual_obligations("2025-2026", first, D(2026, 2, 12), None, D(2026, 3, 6), LIBRARY)
    assert change.state == State.OVERDUE
    _, change = annual_obligations("2025-2026", first, D(2026, 2, 12), D(2026, 3, 5), D(2026, 3, 6), LIBRARY)
    assert change.state == State.ON_TIME
