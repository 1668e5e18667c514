"""Hole 2: a feed of a few kilobytes could exhaust the worker's memory (stacked gzip), and a source that
crashed the process was fetched again at once.

The attack runs against a real HTTP server on 127.0.0.1 with the real fetcher and refresh code.
"""

import gzip
import tracemalloc
import zlib

import pytest
from django.utils import timezone
from django_tenants.utils import tenant_context

from portal.feeds import refresh
from portal.feeds.fetching import fetch_feed
from portal.feeds.models import FeedSource
from tests.feeds import feed_server
from tests.feeds.feed_server import rss

DECODED_SIZE = 200 * 1024 * 1024  # what the bomb expands to
MEMORY_BOUND = 16 * 1024 * 1024  # peak Python allocations allowed while fetching it (the cap is 2 MB)


def gzip_of_zeros(size):
    """gzip bytes of ``size`` zero bytes, built in slices so the test itself stays small in memory."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1024 * 1024)
    parts = [packer.compress(block) for _ in range(size // len(block))]
    return b"".join(parts) + packer.flush()


@pytest.fixture(scope="module")
def bomb():
    return gzip.compress(gzip_of_zeros(DECODED_SIZE), 9)


@pytest.fixture(scope="module")
def server():
    httpd = feed_server.start()
    yield httpd
    feed_server.stop(httpd)


def fetch_measured(url, server):
    tracemalloc.start()
    try:
        result = fetch_feed(url, allow_private_hosts=frozenset({server.host_port}), timeout=20)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak


@pytest.mark.parametrize("encoding", ["gzip, gzip", "gzip,x-gzip"])
def test_stacked_encodings_are_refused_without_decoding(server, bomb, encoding):
    assert len(bomb) < 10_000  # a few kilobytes on the wire
    server.routes["/bomb.xml"] = (200, [("Content-Type", "application/rss+xml"), ("Content-Encoding", encoding)], bomb)
    result, peak = fetch_measured(f"{server.base}/bomb.xml", server)
    assert result.status == "error" and result.error_code == "bad_encoding"
    assert peak < MEMORY_BOUND


def test_single_gzip_bomb_stops_at_the_cap_counted_as_decoded(server):
    body = gzip_of_zeros(DECODED_SIZE)
    server.routes["/big.xml"] = (200, [("Content-Encoding", "gzip")], body)
    result, peak = fetch_measured(f"{server.base}/big.xml", server)
    assert result.status == "error" and result.error_code == "too_large"
    assert "2 MB" in result.error
    assert peak < MEMORY_BOUND


def test_honest_gzip_feed_still_reads(server):
    feed = rss(("a", "Thông báo tuyển sinh", "Hồ sơ"))
    server.routes["/ok.xml"] = (200, [("Content-Encoding", "gzip")], gzip.compress(feed))
    result = fetch_feed(f"{server.base}/ok.xml", allow_private_hosts=frozenset({server.host_port}))
    assert result.ok and result.content == feed


@pytest.fixture
def source(school_a, server, settings):
    settings.FEEDS_ALLOWED_PRIVATE_HOSTS = [server.host_port]
    with tenant_context(school_a):
        return FeedSource.objects.create(title="Nguồn lạ", url=f"{server.base}/bomb.xml", interval=30)


def test_bomb_source_is_recorded_as_failed(school_a, source, server, bomb):
    server.routes["/bomb.xml"] = (200, [("Content-Encoding", "gzip, gzip")], bomb)
    with tenant_context(school_a):
        outcome = refresh.refresh_source(source)
        source.refresh_from_db()
    assert outcome.status == "error"
    assert source.error_count == 1 and "nén bị lỗi" in source.last_error
    assert not source.is_due(timezone.now())


class WorkerKilled(BaseException):
    """Stands for the process dying (out of memory, killed): nothing after it runs in the worker."""


def test_a_source_that_kills_the_worker_is_already_marked_failed(school_a, source, server, monkeypatch):
    server.routes["/bomb.xml"] = (200, [("Content-Type", "application/rss+xml")], rss(("a", "Tin", "x")))
    requests_before = len(server.requests)

    def die(*args, **kwargs):
        raise WorkerKilled

    monkeypatch.setattr(refresh, "parse_feed", die)
    with tenant_context(school_a):
        with pytest.raises(WorkerKilled):
            refresh.refresh_source(source)
        fresh = FeedSource.objects.get(pk=source.pk)
    assert len(server.requests) == requests_before + 1  # the fetch did happen, then the "process" died
    assert fresh.error_count == 1 and fresh.last_error == refresh.INTERRUPTED
    # The restarted worker does not take it again at once: it is backed off like any failure.
    assert not fresh.is_due(timezone.now())
    monkeypatch.undo()
    refresh.refresh_portal(school_a)  # the next worker round: the source is not fetched again
    assert len(server.requests) == requests_before + 1
