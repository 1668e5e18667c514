"""Timetables: import from a sheet ("Dòng N" errors, all or nothing), current week first, a class per view."""

import datetime

from django.utils import timezone
from django_tenants.utils import tenant_context

from portal.timetables.importing import import_week, parse_day
from portal.timetables.models import TimetableEntry, TimetablePage, TimetableWeek

HEADER = "Lớp,Thứ,Buổi,Tiết,Môn,Giáo viên,Phòng\n"


def monday():
    today = timezone.localdate()
    return today - datetime.timedelta(days=today.weekday())


def test_days_are_read_as_schools_write_them():
    assert [parse_day(t) for t in ["2", "Thứ 3", "thu tu", "T5", "Thứ Sáu", "7", "CN", "Chủ nhật"]] == [
        0,
        1,
        2,
        3,
        4,
        5,
        6,
        6,
    ]
    assert parse_day("8") is None and parse_day("Thứ Tám") is None


def test_an_import_with_a_bad_row_changes_nothing_and_names_the_line(school_a, superuser_client):
    sheet = HEADER + "6A1,2,Sáng,1,Toán,Cô Lan,P1\n6A1,9,Sáng,2,Văn,,P1\n,3,Sáng,1,Anh,,\n"
    with tenant_context(school_a):
        page = TimetablePage.objects.get(kind="timetable")
    response = superuser_client(school_a).post(
        f"/admin/thoi-khoa-bieu/{page.pk}/nhap/",
        {"week_start": monday().isoformat(), "file": _upload("tkb.csv", sheet)},
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "Dòng 3: thứ “9” không hợp lệ (ghi 2 đến 7 hoặc CN)." in html
    assert "Dòng 4: thiếu lớp." in html
    with tenant_context(school_a):
        assert not TimetableWeek.objects.exists() and not TimetableEntry.objects.exists()


def _upload(name, text):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


def test_the_current_week_comes_first_one_class_at_a_time(school_a, school_b, portal_client):
    this_week, last_week = monday(), monday() - datetime.timedelta(days=7)
    with tenant_context(school_a):
        page = TimetablePage.objects.get(kind="timetable")
        old = import_week(page, last_week, (HEADER + "6A1,2,Sáng,1,Tin học,,\n").encode(), "cu.csv")
        new = import_week(
            page,
            this_week + datetime.timedelta(days=2),  # any day of the week
            (HEADER + "6A1,2,Sáng,1,Toán,Cô Lan,P1\n6A1,CN,Chiều,2,Ngoại khóa,,\n7A1,3,Sáng,1,Ngữ văn,,\n").encode(),
            "moi.csv",
        )
        assert not old.errors and new.count == 3 and new.week.week_start == this_week
    html = portal_client(school_a).get("/thoi-khoa-bieu/").content.decode()
    assert "(tuần hiện tại)" in html and html.index(this_week.strftime("%d/%m/%Y")) < html.index(
        last_week.strftime("%d/%m/%Y")
    )
    assert "Lớp 6A1" in html and "Toán" in html and "Ngoại khóa" in html and "Ngữ văn" not in html
    assert "Tin học" not in html
    other = portal_client(school_a).get("/thoi-khoa-bieu/?lop=7A1").content.decode()
    assert "Ngữ văn" in other and "Toán" not in other
    printed = portal_client(school_a).get("/thoi-khoa-bieu/?lop=7A1&in=1").content.decode()
    assert "Ngữ văn" in printed and 'id="menu-chinh"' not in printed
    assert 'href="/thoi-khoa-bieu/"' in portal_client(school_a).get("/").content.decode()  # home box
    # The other school has its own (empty) timetable; the district has none.
    assert "Chưa có thời khóa biểu" in portal_client(school_b).get("/thoi-khoa-bieu/").content.decode()
