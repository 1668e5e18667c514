"""Hole 8 (fetcher): special-purpose blocks Python 3.11 calls global were reachable by a feed URL.

The real fetcher runs with a recording transport in place of the network, so a wrong answer is seen as a
request that would have left the machine, and none ever does: the address guard runs before each hop.
"""

import socket

import httpx
import pytest

from portal.feeds.fetching import SPECIAL_PURPOSE_NETWORKS, fetch_feed, is_forbidden_address
from tests.feeds.feed_server import rss

MISSED_BEFORE = ["192.0.0.9", "192.0.0.10", "192.88.99.1", "fec0::1", "3fff::1", "5f00::1", "2001:20::1"]


class RecordingTransport(httpx.BaseTransport):
    def __init__(self):
        self.requests = []

    def handle_request(self, request):
        self.requests.append(request)
        if request.url.host == "redirect.example":
            return httpx.Response(302, headers={"Location": "http://[3fff::10]/feed.xml"})
        return httpx.Response(200, headers={"Content-Type": "application/rss+xml"}, content=rss(("a", "Tin", "x")))


@pytest.mark.parametrize("address", MISSED_BEFORE)
def test_special_purpose_addresses_are_refused(address):
    assert is_forbidden_address(address)
    transport = RecordingTransport()
    host = f"[{address}]" if ":" in address else address
    result = fetch_feed(f"http://{host}/feed.xml", transport=transport, timeout=2)
    assert result.error_code == "forbidden_address"
    assert transport.requests == []


def test_a_name_resolving_into_a_special_block_is_refused(monkeypatch):
    def resolve(host, port, *args, **kwargs):
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("192.88.99.7", port))]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    transport = RecordingTransport()
    result = fetch_feed("http://feeds.example/rss.xml", transport=transport, timeout=2)
    assert result.error_code == "forbidden_address" and transport.requests == []


def test_a_redirect_into_a_special_block_is_refused(monkeypatch):
    def resolve(host, port, *args, **kwargs):
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", port))]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    transport = RecordingTransport()
    result = fetch_feed("http://redirect.example/rss.xml", transport=transport, timeout=2)
    assert result.error_code == "forbidden_address"
    assert [str(request.url) for request in transport.requests] == ["http://redirect.example/rss.xml"]


def test_public_addresses_still_pass():
    for address in ("1.1.1.1", "8.8.8.8", "2606:4700:4700::1111", "203.113.131.1"):
        assert not is_forbidden_address(address), address
    assert {str(network) for network in SPECIAL_PURPOSE_NETWORKS} >= {
        "192.0.0.0/24",
        "192.88.99.0/24",
        "fec0::/10",
        "3fff::/20",
    }
