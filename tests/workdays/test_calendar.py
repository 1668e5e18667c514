"""portal.workdays: holidays from the ``holidays`` library, the supervising body's table on top."""

import datetime

import pytest

from portal.workdays.calendar import WorkingCalendar
from portal.workdays.models import DayAdjustment

D = datetime.date
OFF, WORK = DayAdjustment.Kind.DAY_OFF, DayAdjustment.Kind.WORKING_DAY


def test_library_holidays_and_weekends():
    calendar = WorkingCalendar()
    assert not calendar.is_working_day(D(2026, 2, 17))  # Tết Bính Ngọ (lunar, from the library)
    assert "Tết" in calendar.day_off_name(D(2026, 2, 17))
    assert not calendar.is_working_day(D(2026, 4, 27))  # Giỗ Tổ on a Sunday, observed on Monday
    assert not calendar.is_working_day(D(2026, 2, 14))  # Saturday
    assert calendar.is_working_day(D(2026, 2, 23))
    assert calendar.is_working_day(D(2025, 4, 26))  # a Saturday worked in exchange for 02/05/2025 (library)


def test_table_adds_a_swapped_day_off_and_a_make_up_saturday():
    library = WorkingCalendar()
    assert library.is_working_day(D(2026, 1, 2))  # the library misses the swap of January 2026
    calendar = WorkingCalendar({D(2026, 1, 2): OFF, D(2026, 1, 10): WORK}, {D(2026, 1, 2): "Nghỉ bù Tết Dương lịch"})
    assert not calendar.is_working_day(D(2026, 1, 2))
    assert calendar.day_off_name(D(2026, 1, 2)) == "Nghỉ bù Tết Dương lịch"
    assert calendar.is_working_day(D(2026, 1, 10))


def test_add_working_days_skips_holidays_and_counts_from_the_next_day():
    calendar = WorkingCalendar()
    assert calendar.add_working_days(D(2026, 3, 2), 1) == D(2026, 3, 3)
    assert calendar.add_working_days(D(2026, 2, 13), 1) == D(2026, 2, 23)  # across the Tết break
    assert calendar.working_days_between(D(2026, 2, 12), D(2026, 3, 5)) == 10
    with pytest.raises(ValueError):
        calendar.add_working_days(D(2026, 3, 2), -1)


@pytest.mark.django_db
def test_load_reads_the_public_table():
    DayAdjustment.objects.create(date=D(2026, 1, 2), kind=OFF, name="Nghỉ bù Tết Dương lịch 2026")
    calendar = WorkingCalendar.load()
    assert not calendar.is_working_day(D(2026, 1, 2))


@pytest.mark.django_db
def test_only_district_staff_edit_the_table(district, school_a, superuser_client):
    client = superuser_client(district)
    assert client.get("/admin/lich-nghi-bu/").status_code == 200
    response = client.post(
        "/admin/lich-nghi-bu/new/", {"date": "2026-01-02", "kind": OFF, "name": "Nghỉ bù Tết Dương lịch 2026"}
    )
    assert response.status_code == 302
    assert DayAdjustment.objects.filter(date=D(2026, 1, 2)).exists()
    # a school's administrator cannot reach it: the table is the supervising body's, for every portal
    assert superuser_client(school_a, "admin2").get("/admin/lich-nghi-bu/").status_code in (302, 403)
