""" "Lịch công tác": scaffolded page, one week at a time with navigation, validation, admin, isolation."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django_tenants.utils import tenant_context

from portal.core.scaffold import GROUP_NAMES
from portal.organization.models import ScheduleEntry, WorkSchedulePage
from portal.organization.models.schedule import parse_week, week_label

PATH = "/gioi-thieu/lich-cong-tac/"


def entry(date, content, start=None, end=None, **fields):
    values = {"participants": "Hiệu trưởng", "location": "Phòng họp", **fields}
    row = ScheduleEntry(date=date, content=content, start_time=start, end_time=end, **values)
    row.full_clean()
    row.save()
    return row


def test_every_portal_has_the_page_and_editors_may_keep_it(school_a, district):
    for portal in (school_a, district):
        with tenant_context(portal):
            page = WorkSchedulePage.objects.get()
            assert page.live and page.url_path.endswith("/gioi-thieu/lich-cong-tac/")
            for name in GROUP_NAMES.values():
                codenames = set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))
                assert {"add_scheduleentry", "change_scheduleentry", "delete_scheduleentry"} <= codenames


def test_iso_weeks_are_parsed_and_a_bad_value_means_this_week():
    today = datetime.date(2026, 12, 2)
    assert parse_week("2026-W49", today) == datetime.date(2026, 11, 30)
    assert parse_week("2027-w01", today) == datetime.date(2027, 1, 4)
    assert parse_week("2026-W60", today) == datetime.date(2026, 11, 30)  # no such week
    assert parse_week("abc", today) == datetime.date(2026, 11, 30)
    assert week_label(datetime.date(2026, 12, 28)) == "2026-W53"


def test_a_week_is_shown_with_its_days_and_neighbours(school_a, portal_client):
    with tenant_context(school_a):
        entry(datetime.date(2026, 11, 30), "Chào cờ đầu tuần", datetime.time(7, 0), datetime.time(7, 45))
        entry(datetime.date(2026, 12, 3), "Kiểm tra bán trú")
        entry(datetime.date(2026, 12, 7), "Họp tuần sau")
    response = portal_client(school_a).get(PATH + "?tuan=2026-W49")
    html = response.content.decode()
    assert response.status_code == 200
    assert "từ 30/11/2026 đến 06/12/2026" in html
    assert "Thứ Hai<br>30/11/2026" in html and "07:00 – 07:45" in html and "Chào cờ đầu tuần" in html
    assert "Thứ Năm<br>03/12/2026" in html and "Cả ngày" in html
    assert "Họp tuần sau" not in html
    assert 'href="?tuan=2026-W48"' in html and 'href="?tuan=2026-W50"' in html
    assert "Họp tuần sau" in portal_client(school_a).get(PATH + "?tuan=2026-W50").content.decode()
    assert portal_client(school_a).get(PATH + "?tuan=xyz").status_code == 200
    printed = portal_client(school_a).get(PATH + "?tuan=2026-W49&in=1").content.decode()
    assert "Chào cờ đầu tuần" in printed and 'id="menu-chinh"' not in printed


def test_times_are_validated_in_vietnamese(school_a):
    with tenant_context(school_a), pytest.raises(ValidationError) as error:
        entry(datetime.date(2026, 12, 1), "Họp", datetime.time(9, 0), datetime.time(8, 0))
    assert error.value.message_dict["end_time"] == ["Giờ kết thúc phải sau giờ bắt đầu."]
    with tenant_context(school_a), pytest.raises(ValidationError) as error:
        entry(datetime.date(2026, 12, 1), "Họp", None, datetime.time(8, 0))
    assert "giờ bắt đầu" in error.value.message_dict["start_time"][0]


def test_the_secretary_adds_an_entry_in_the_admin(school_a, superuser_client):
    client = superuser_client(school_a)
    assert client.get("/admin/snippets/organization/scheduleentry/").status_code == 200
    response = client.post(
        "/admin/snippets/organization/scheduleentry/add/",
        {
            "date": "2026-12-04",
            "start_time": "14:00",
            "end_time": "16:00",
            "content": "Họp hội đồng sư phạm",
            "participants": "Hiệu trưởng; toàn thể giáo viên",
            "location": "Hội trường",
            "note": "",
        },
    )
    assert response.status_code == 302
    with tenant_context(school_a):
        assert ScheduleEntry.objects.get(content="Họp hội đồng sư phạm").date == datetime.date(2026, 12, 4)


def test_each_school_sees_only_its_own_schedule(school_a, school_b, portal_client):
    with tenant_context(school_a):
        entry(datetime.date(2026, 12, 1), "Việc riêng của Chu Văn An")
    html_b = portal_client(school_b).get(PATH + "?tuan=2026-W49").content.decode()
    assert "Việc riêng của Chu Văn An" not in html_b and "Chưa có lịch công tác" in html_b
    with tenant_context(school_b):
        assert not ScheduleEntry.objects.exists()
