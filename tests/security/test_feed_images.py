"""Hole 8 (feeds): summaries of followed feeds embedded remote <img>, so every visitor's browser called
a stranger's server (tracking pixels, mixed content). Fetched from a real local server, stored by the
real refresh, then read on the portal's page of incoming news.
"""

import pytest
from django_tenants.utils import tenant_context

from portal.feeds.models import FeedItem, FeedSource
from portal.feeds.refresh import refresh_source
from tests.feeds import feed_server
from tests.feeds.feed_server import rss

TRACKING = (
    '<p>Tin mới <img src="https://tracker.example/pixel.gif?u=1" alt="logo Bộ"> <img src="//cdn.example/a.png"></p>'
)


@pytest.fixture(scope="module")
def server():
    httpd = feed_server.start()
    yield httpd
    feed_server.stop(httpd)


def test_remote_images_become_links(school_a, server, settings, portal_client):
    settings.FEEDS_ALLOWED_PRIVATE_HOSTS = [server.host_port]
    server.routes["/moet.xml"] = (200, [("Content-Type", "application/rss+xml")], rss(("a", "Thông báo", TRACKING)))
    with tenant_context(school_a):
        source = FeedSource.objects.create(title="Bộ GD&ĐT", url=f"{server.base}/moet.xml", interval=30)
        assert refresh_source(source).status == "ok"
        summary = FeedItem.objects.get(source=source, guid="a").summary_html
    assert "<img" not in summary
    assert '<a href="https://tracker.example/pixel.gif?u=1" rel="noopener noreferrer nofollow">[Ảnh: logo Bộ]</a>' in (
        summary
    )
    html = portal_client(school_a).get("/rss/tin-phong/").content.decode()
    assert "Thông báo" in html
    assert "<img" not in html.split('class="feed-summary"', 1)[-1].split("</div>", 1)[0]
    assert "tracker.example/pixel.gif" in html  # still reachable, as a link the reader chooses to follow
