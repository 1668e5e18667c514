"""Registration status of a notice: upcoming, open, closed, at the exact boundaries, in Vietnam time."""

import datetime
import zoneinfo

from django_tenants.utils import tenant_context

from portal.enrollment.models import AdmissionNoticePage, RegistrationStatus, registration_status

HCM = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
OPENS = datetime.datetime(2026, 7, 1, 7, 0, tzinfo=HCM)
CLOSES = datetime.datetime(2026, 7, 10, 17, 0, tzinfo=HCM)
TICK = datetime.timedelta(microseconds=1)


def test_boundaries_are_inclusive():
    assert registration_status(OPENS, CLOSES, OPENS - TICK) == RegistrationStatus.UPCOMING
    assert registration_status(OPENS, CLOSES, OPENS) == RegistrationStatus.OPEN
    assert registration_status(OPENS, CLOSES, CLOSES) == RegistrationStatus.OPEN
    assert registration_status(OPENS, CLOSES, CLOSES + TICK) == RegistrationStatus.CLOSED


def test_instants_compare_in_vietnam_time_not_utc_dates():
    # 23:30 UTC on 30/06 is 06:30 on 01/07 in Vietnam: the same calendar day, still before 07:00.
    assert registration_status(OPENS, CLOSES, datetime.datetime(2026, 6, 30, 23, 30, tzinfo=datetime.UTC)) == "sap_mo"
    # 10:30 UTC on 10/07 is 17:30 in Vietnam: closed although it is "the last day" in UTC too.
    assert registration_status(OPENS, CLOSES, datetime.datetime(2026, 7, 10, 10, 30, tzinfo=datetime.UTC)) == "da_dong"
    assert registration_status(OPENS, CLOSES, datetime.datetime(2026, 7, 10, 9, 59, tzinfo=datetime.UTC)) == "dang_mo"


def test_labels_are_vietnamese():
    assert [s.label for s in RegistrationStatus] == ["Sắp mở", "Đang mở", "Đã đóng"]


def test_badge_on_the_page_follows_the_clock(school_a, make_notice, portal_client):
    now = datetime.datetime.now(tz=HCM)
    make_notice(
        school_a,
        slug="dang-mo",
        registration_opens=now - datetime.timedelta(days=1),
        registration_closes=now + datetime.timedelta(days=1),
    )
    make_notice(
        school_a,
        slug="sap-mo",
        registration_opens=now + datetime.timedelta(days=3),
        registration_closes=now + datetime.timedelta(days=9),
    )
    make_notice(
        school_a,
        slug="da-dong",
        registration_opens=now - datetime.timedelta(days=9),
        registration_closes=now - datetime.timedelta(minutes=1),
    )
    client = portal_client(school_a)
    assert "Đăng ký: đang mở" in client.get("/tuyen-sinh/dang-mo/").content.decode()
    assert "Đăng ký: sắp mở" in client.get("/tuyen-sinh/sap-mo/").content.decode()
    assert "Đăng ký: đã đóng" in client.get("/tuyen-sinh/da-dong/").content.decode()
    index = client.get("/tuyen-sinh/").content.decode()
    assert all(f"status-{value}" in index for value in ("dang_mo", "sap_mo", "da_dong"))
    with tenant_context(school_a):
        assert AdmissionNoticePage.objects.get(slug="da-dong").status() == RegistrationStatus.CLOSED
