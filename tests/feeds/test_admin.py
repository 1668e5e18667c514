"""Feed sources in the Wagtail admin, in Vietnamese, with a clear error for a bad address."""

import pytest
from django_tenants.utils import tenant_context

from portal.feeds.models import FeedSource


def test_district_adds_a_ministry_feed(district, superuser_client):
    admin_client = superuser_client(district)
    listing = admin_client.get("/admin/feed_sources/")
    assert listing.status_code == 200 and "Nguồn tin RSS" in listing.content.decode()
    response = admin_client.post(
        "/admin/feed_sources/new/",
        {
            "title": "Tin tức - Bộ Giáo dục và Đào tạo",
            "url": "https://moet.gov.vn/rss/tin-tuc.rss",
            "enabled": "on",
            "show_on_home": "on",
            "interval": "60",
        },
    )
    assert response.status_code == 302
    with tenant_context(district):
        source = FeedSource.objects.get(url="https://moet.gov.vn/rss/tin-tuc.rss")
    assert source.last_fetched_at is None and source.is_due()  # the worker fetches it on its next round


@pytest.mark.parametrize(
    ("url", "interval", "message"),
    [
        ("ftp://moet.gov.vn/tin.rss", "60", "phải bắt đầu bằng http:// hoặc https://"),
        ("https://moet.gov.vn/tin.rss", "1", "Chu kỳ tải tối thiểu là 5 phút."),
        ("https://moet.gov.vn/tin.rss", "5000", "Chu kỳ tải tối đa là 1440 phút"),
    ],
)
def test_bad_input_gets_a_vietnamese_error_and_saves_nothing(district, superuser_client, url, interval, message):
    response = superuser_client(district).post(
        "/admin/feed_sources/new/",
        {
            "title": "Nguồn lỗi",
            "url": url,
            "enabled": "on",
            "interval": interval,
        },
    )
    assert response.status_code == 200 and message in response.content.decode()
    with tenant_context(district):
        assert not FeedSource.objects.filter(title="Nguồn lỗi").exists()
