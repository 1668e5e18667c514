"""Pinned notices: on top until ``pinned_until`` inclusive (Asia/Ho_Chi_Minh), then back in date order."""

import datetime
import re

from django.utils import timezone
from django_tenants.utils import tenant_context
from news_helpers import make_notice

from portal.news.queries import notices, vn_today


def test_pinned_first_until_the_end_of_the_day_then_in_date_order(school_a):
    today = timezone.localdate()
    day = datetime.timedelta(days=1)
    with tenant_context(school_a):
        make_notice("Cũ nhưng ghim đến hôm nay", slug="ghim-hom-nay", date=today - 20 * day, pinned_until=today)
        make_notice("Ghim đến tuần sau", slug="ghim-tuan-sau", date=today - 10 * day, pinned_until=today + 7 * day)
        make_notice("Hết ghim từ hôm qua", slug="het-ghim", date=today - 30 * day, pinned_until=today - day)
        make_notice("Mới nhất", slug="moi-nhat", date=today)
        make_notice("Hôm qua", slug="hom-qua", date=today - day)
        pinned, latest = notices()
    assert [n.title for n in pinned] == ["Ghim đến tuần sau", "Cũ nhưng ghim đến hôm nay"]
    assert [n.title for n in latest] == ["Mới nhất", "Hôm qua", "Hết ghim từ hôm qua"]
    assert all(n.is_pinned for n in pinned) and not any(n.is_pinned for n in latest)


def test_pin_expiry_follows_vietnam_time(school_a):
    """At 23:30 UTC it is already the next day in Hồ Chí Minh City: a pin ending that UTC day has expired."""
    late_evening_utc = datetime.datetime(2026, 11, 24, 23, 30, tzinfo=datetime.UTC)
    assert vn_today(late_evening_utc) == datetime.date(2026, 11, 25)
    assert vn_today(datetime.datetime(2026, 11, 24, 16, 59, tzinfo=datetime.UTC)) == datetime.date(2026, 11, 24)
    with tenant_context(school_a), timezone.override("UTC"):
        make_notice(
            "Ghim đến 24/11",
            slug="ghim-24-11",
            date=datetime.date(2026, 11, 1),
            pinned_until=datetime.date(2026, 11, 24),
        )
        assert [n.slug for n in notices(today=datetime.date(2026, 11, 24))[0]] == ["ghim-24-11"]
        assert notices(today=vn_today(late_evening_utc))[0] == []


def test_home_page_shows_pinned_then_latest_notices(school_b, portal_client):
    today = timezone.localdate()
    with tenant_context(school_b):
        make_notice(
            "Thông báo nghỉ Tết",
            slug="nghi-tet",
            date=today - datetime.timedelta(days=40),
            pinned_until=today + datetime.timedelta(days=2),
        )
        make_notice("Thông báo họp phụ huynh", slug="hop-phu-huynh", date=today)
    html = portal_client(school_b).get("/").content.decode()
    pinned_box = html.split('id="tb-ghim"', 1)[1].split("</section>", 1)[0]
    assert "Thông báo nghỉ Tết" in pinned_box and "Ghim" in pinned_box
    latest_box = html.split('id="thong-bao-moi"', 1)[1].split("</section>", 1)[0]
    assert "Thông báo họp phụ huynh" in latest_box and "Thông báo nghỉ Tết" not in latest_box
    assert html.index('id="tb-ghim"') < html.index('id="tin-moi"')
    listing = portal_client(school_b).get("/thong-bao/").content.decode()
    assert re.findall(r'<li class="notice-item[^"]*">\s*<a href="[^"]+">([^<]+)</a>', listing) == [
        "Thông báo nghỉ Tết",
        "Thông báo họp phụ huynh",
    ]
