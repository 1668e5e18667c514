"""States of a school year's items from real pages: missing, on time, late, a change, recurring periods."""

import datetime

import pytest
from django_tenants.utils import tenant_context

from disclosure.deadlines import State
from disclosure.models import DisclosureEntry
from disclosure.status import item_status, year_statuses
from portal.workdays.calendar import WorkingCalendar
from tests.disclosure.disclosure_helpers import make_year, publish_item, publish_update

D = datetime.date
CALENDAR = WorkingCalendar()


def states(year, today):
    return {s.item.code: s for s in year_statuses(year, list(year.item_pages()), today, CALENDAR)}


@pytest.mark.django_db
def test_missing_items_are_not_due_then_due_then_overdue(school_a):
    with tenant_context(school_a):
        year = make_year("2025-2026")
        assert states(year, D(2025, 4, 1))["tt09-4-1"].state == State.NOT_DUE
        assert states(year, D(2025, 6, 15))["tt09-4-1"].state == State.DUE
        assert states(year, D(2025, 7, 1))["tt09-4-1"].state == State.OVERDUE


@pytest.mark.django_db
def test_published_on_time_or_late(school_a):
    with tenant_context(school_a):
        year = make_year("2025-2026")
        publish_item(year, "tt09-4-1", D(2025, 6, 30))
        publish_item(year, "tt09-5-3", D(2025, 7, 2))
        result = states(year, D(2025, 8, 1))
        assert result["tt09-4-1"].state == State.ON_TIME
        assert result["tt09-4-1"].published == D(2025, 6, 30)
        assert result["tt09-5-3"].state == State.LATE


@pytest.mark.django_db
def test_a_change_recorded_in_a_draft_is_due_in_ten_working_days_then_published(school_a):
    with tenant_context(school_a):
        year = make_year("2025-2026")
        page = publish_item(year, "tt09-5-3", D(2025, 6, 20))
        page.changed_on = D(2026, 2, 12)  # just before Tết
        page.change_note = "Bổ sung đối tượng miễn học phí"
        page.save_revision()  # a draft: the public still reads the old text
        status = states(year, D(2026, 2, 20))["tt09-5-3"]
        assert (status.state, status.due) == (State.DUE, D(2026, 3, 5))
        assert states(year, D(2026, 3, 6))["tt09-5-3"].state == State.OVERDUE
        publish_update(page, D(2026, 3, 4))
        status = states(year, D(2026, 3, 6))["tt09-5-3"]
        assert status.state == State.ON_TIME
        assert (status.published, status.updated) == (D(2025, 6, 20), D(2026, 3, 4))
        assert [p.note for p in page.publications.all()] == ["Bổ sung đối tượng miễn học phí", "Công bố lần đầu"]


@pytest.mark.django_db
def test_recurring_menu_periods(school_b):
    with tenant_context(school_b):
        year = make_year("2025-2026")
        entries = [DisclosureEntry(period_start=D(2025, 9, 1), content="Thứ Hai: cơm, canh bí, thịt kho")]
        page = publish_item(year, "tt09-7-thuc-don", D(2025, 8, 30), entries=entries)
        status = item_status(page, today=D(2025, 9, 10), calendar=CALENDAR)
        first, second, third = status.obligations  # next week's menu is listed once its deadline is near
        assert (first.due, first.state) == (D(2025, 8, 30), State.ON_TIME)
        assert (second.due, second.state) == (D(2025, 9, 6), State.OVERDUE)  # week of 08/09: nothing yet
        assert (third.due, third.state) == (D(2025, 9, 13), State.DUE)
        assert status.state == State.OVERDUE
