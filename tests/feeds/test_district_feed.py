"""Every school follows its district's news feed, read in-process, shown in its home box and page."""

import pytest
from django.core.management import call_command
from django.test import Client
from django_tenants.utils import tenant_context

from portal.feeds.models import FeedItem, FeedSource
from portal.feeds.receivers import district_feed_url, ensure_district_source
from portal.feeds.refresh import refresh_portal

news = pytest.importorskip("portal.news.models")


def publish_district_news(district, *titles):
    from tests.news.news_helpers import make_article

    with tenant_context(district):
        return [make_article(title) for title in titles]


def district_source(portal):
    with tenant_context(portal):
        return FeedSource.objects.filter(is_district_feed=True).first()


def test_schools_follow_the_district_feed_from_provisioning(district, school_a, school_b):
    for school in (school_a, school_b):
        source = district_source(school)
        assert source.url == "https://tptdm.edu.vn/rss/tin-tuc/" and source.enabled
        assert source.title == "Tin tức - Phòng Giáo dục và Đào tạo thành phố Thủ Dầu Một"
    assert district_source(district) is None


def test_district_source_is_idempotent_and_follows_the_dev_host(school_a, district, settings):
    settings.PORTAL_DEV_PORT = "8000"
    assert district_feed_url(district) == "http://tptdm.localhost:8000/rss/tin-tuc/"
    with tenant_context(school_a):
        ensure_district_source(school_a)
        ensure_district_source(school_a)
        sources = list(FeedSource.objects.filter(is_district_feed=True))
    assert [source.url for source in sources] == ["http://tptdm.localhost:8000/rss/tin-tuc/"]
    call_command("setup_portals", skip_migrate=True, stdout=None)
    with tenant_context(school_a):
        assert FeedSource.objects.filter(is_district_feed=True).count() == 1


@pytest.mark.parametrize("dev_port", ["", "8000"])
def test_district_news_reach_the_school_home_box_and_page(
    district, school_a, school_b, portal_client, settings, dev_port
):
    settings.PORTAL_DEV_PORT = dev_port
    with tenant_context(school_a):
        ensure_district_source(school_a)
    publish_district_news(
        district, "Phòng GD&ĐT tổ chức hội nghị triển khai nhiệm vụ năm học", "Tập huấn chuyển đổi số cho giáo viên"
    )
    outcomes = refresh_portal(school_a)  # no HTTP: the district is one of our portals
    assert [outcome.status for outcome in outcomes] == ["ok"]
    with tenant_context(school_a):
        item = FeedItem.objects.get(title="Tập huấn chuyển đổi số cho giáo viên")
    host = "tptdm.localhost:8000" if dev_port else "tptdm.edu.vn"
    assert item.link.startswith(f"http://{host}/tin-tuc/")
    home = portal_client(school_a).get("/").content.decode()
    box = home.split('id="tin-phong"', 1)[1].split("</section>", 1)[0]
    assert "Tin từ Phòng GD&amp;ĐT" in home and "Tập huấn chuyển đổi số cho giáo viên" in box
    assert 'href="/rss/tin-phong/"' in box
    page = portal_client(school_a).get("/rss/tin-phong/").content.decode()
    assert "<h1>Tin từ Phòng GD&amp;ĐT</h1>" in page and "Phòng GD&amp;ĐT tổ chức hội nghị" in page
    # Same feed again: unchanged, nothing new stored.
    assert [outcome.status for outcome in refresh_portal(school_a, only_due=False)] == ["not_modified"]
    # The other school has not fetched yet: its box renders nothing at all.
    assert 'id="tin-phong"' not in portal_client(school_b).get("/").content.decode()


def test_home_box_renders_nothing_without_items(school_a):
    html = Client(HTTP_HOST="thcschuvanantdm.edu.vn").get("/").content.decode()
    assert "feed-box" not in html


def test_disabled_source_items_are_hidden(district, school_a, portal_client):
    publish_district_news(district, "Tin sẽ bị ẩn")
    refresh_portal(school_a)
    with tenant_context(school_a):
        FeedSource.objects.filter(is_district_feed=True).update(enabled=False)
    assert "Tin sẽ bị ẩn" not in portal_client(school_a).get("/").content.decode()
    assert "Chưa có tin nào" in portal_client(school_a).get("/rss/tin-phong/").content.decode()
