"""Refreshing a followed feed against a real local HTTP server: store, 304, failures, GUID de-dup, isolation."""

import pytest
from django.utils import timezone
from django_tenants.utils import tenant_context

from portal.feeds import refresh
from portal.feeds.models import FeedItem, FeedSource
from portal.feeds.refresh import refresh_due, refresh_source
from tests.feeds import feed_server
from tests.feeds.feed_server import rss

RSS_HEADERS = [("Content-Type", "application/rss+xml; charset=utf-8")]
FIRST = rss(
    (
        "a",
        "Hướng dẫn nhiệm vụ năm học 2025-2026",
        "<p onclick='x()'>Nội dung <script>alert(1)</script><a href='javascript:alert(1)'>xem</a></p>",
    ),
    ("b", "Kế hoạch thi tuyển sinh lớp 10", "Lịch thi"),
)


@pytest.fixture(scope="module")
def server():
    httpd = feed_server.start()
    yield httpd
    feed_server.stop(httpd)


@pytest.fixture
def source(district, server, settings):
    """A Ministry feed followed by the district, served by the local server (its host:port allowed)."""
    settings.FEEDS_ALLOWED_PRIVATE_HOSTS = [server.host_port]
    server.routes.clear()
    server.requests.clear()
    with tenant_context(district):
        return FeedSource.objects.create(title="Bộ GD&ĐT", url=f"{server.base}/moet.xml", interval=30)


def run(portal, source, **kwargs):
    with tenant_context(portal):
        source.refresh_from_db()
        return refresh_source(source, **kwargs)


def stored(portal, source):
    with tenant_context(portal):
        source.refresh_from_db()
        return {item.guid: item for item in FeedItem.objects.filter(source=source)}


def reload(portal, source):
    with tenant_context(portal):
        source.refresh_from_db()
    return source


def serve_with_etag(body, etag='"v1"'):
    def answer(handler):
        if handler.headers.get("If-None-Match") == etag:
            return 304, [("ETag", etag)], b""
        return 200, RSS_HEADERS + [("ETag", etag)], body

    return answer


def test_good_feed_is_stored_sanitized(district, source, server):
    server.routes["/moet.xml"] = serve_with_etag(FIRST)
    outcome = run(district, source)
    assert (outcome.status, outcome.created) == ("ok", 2)
    items = stored(district, source)
    assert items["a"].title == "Hướng dẫn nhiệm vụ năm học 2025-2026"
    assert items["a"].link == "https://moet.example.vn/tin/a" and items["a"].published.year == 2025
    summary = items["a"].summary_html
    assert "Nội dung" in summary and "<script" not in summary and "onclick" not in summary
    assert "javascript:" not in summary
    reload(district, source)
    assert source.etag == '"v1"' and source.last_success_at and source.error_count == 0 and source.last_error == ""


def test_second_fetch_gets_304_and_keeps_items(district, source, server):
    server.routes["/moet.xml"] = serve_with_etag(FIRST)
    run(district, source)
    outcome = run(district, source)
    assert outcome.status == "not_modified"
    assert server.requests[-1][1].get("If-None-Match") == '"v1"'
    assert set(stored(district, source)) == {"a", "b"}


def test_guids_are_deduplicated_across_fetches_and_changes_updated(district, source, server):
    server.routes["/moet.xml"] = (200, RSS_HEADERS, FIRST)
    run(district, source)
    server.routes["/moet.xml"] = (
        200,
        RSS_HEADERS,
        rss(("b", "Kế hoạch thi tuyển sinh lớp 10 (điều chỉnh)", ""), ("c", "Thông báo mới", "")),
    )
    outcome = run(district, source)
    assert (outcome.created, outcome.updated) == (1, 1)
    items = stored(district, source)
    assert sorted(items) == ["a", "b", "c"]
    assert items["b"].title == "Kế hoạch thi tuyển sinh lớp 10 (điều chỉnh)"


@pytest.mark.parametrize(
    ("route", "message"),
    [
        ((500, [], b"loi"), "lỗi HTTP 500"),
        (
            (200, RSS_HEADERS, b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><ite'),
            "không đúng định dạng",
        ),
        (
            (
                200,
                RSS_HEADERS,
                b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><rss><channel>'
                b"<title>&a;</title></channel></rss>",
            ),
            "ENTITY",
        ),
        ((200, RSS_HEADERS, b"<rss>" + b" " * 2_100_000 + b"</rss>"), "vượt quá dung lượng"),
        ((302, [("Location", "http://10.1.2.3/feed.xml")], b""), "mạng nội bộ"),
        ((302, [("Location", "http://169.254.169.254/latest/meta-data/")], b""), "mạng nội bộ"),
    ],
)
def test_a_failing_source_keeps_its_last_good_items_and_records_the_error(district, source, server, route, message):
    server.routes["/moet.xml"] = (200, RSS_HEADERS, FIRST)
    run(district, source)
    server.routes["/moet.xml"] = route
    outcome = run(district, source)
    assert outcome.status == "error" and message in outcome.error
    assert set(stored(district, source)) == {"a", "b"}
    reload(district, source)
    assert message in source.last_error and source.error_count == 1 and source.status_label == "Lỗi (1 lần)"
    # Failures space out the next attempts: twice the interval after one failure.
    assert source.next_fetch_at() - source.last_fetched_at == timezone.timedelta(minutes=60)


def test_a_hanging_source_times_out(district, source, server):
    server.routes["/moet.xml"] = lambda handler: server.stop.wait(3) and None
    outcome = run(district, source, timeout=0.5)
    assert outcome.status == "error" and "Quá thời gian chờ" in outcome.error


def test_loopback_is_refused_without_the_dev_allowance(district, source, server, settings):
    settings.FEEDS_ALLOWED_PRIVATE_HOSTS = []
    server.routes["/moet.xml"] = (200, RSS_HEADERS, FIRST)
    outcome = run(district, source)
    assert outcome.status == "error" and "mạng nội bộ" in outcome.error
    assert server.requests == []  # never connected


def test_items_are_capped_per_source(district, source, server, monkeypatch):
    monkeypatch.setattr(refresh, "MAX_ITEMS_PER_SOURCE", 5)  # a limit, not a mock
    server.routes["/moet.xml"] = (200, RSS_HEADERS, rss(*[(f"g{n}", f"Tin {n}", "") for n in range(8)]))
    run(district, source)
    assert len(stored(district, source)) == 5


def test_schedule_fetches_due_enabled_sources_only(district, source, server):
    server.routes["/moet.xml"] = (200, RSS_HEADERS, FIRST)
    with tenant_context(district):
        paused = FeedSource.objects.create(title="Tạm dừng", url=f"{server.base}/paused.xml", enabled=False)
    refresh_due()
    assert [path for path, _ in server.requests] == ["/moet.xml"]
    refresh_due()  # not due again before its interval
    assert len(server.requests) == 1
    later = timezone.now() + timezone.timedelta(minutes=31)
    refresh_due(now=later)
    assert len(server.requests) == 2
    with tenant_context(district):
        assert FeedSource.objects.get(pk=paused.pk).last_fetched_at is None


def test_a_schools_sources_and_items_stay_in_its_schema(district, school_a, source, server, portal_client):
    server.routes["/moet.xml"] = (200, RSS_HEADERS, FIRST)
    run(district, source)
    with tenant_context(school_a):
        assert not FeedItem.objects.filter(guid="a").exists()
        assert not FeedSource.objects.filter(url=source.url).exists()
    assert "Hướng dẫn nhiệm vụ năm học" not in portal_client(school_a).get("/rss/tin-phong/").content.decode()
    district_page = portal_client(district).get("/rss/tin-phong/").content.decode()
    assert "Tin từ Bộ, Sở GD&amp;ĐT" in district_page and "Hướng dẫn nhiệm vụ năm học 2025-2026" in district_page
