"""Fragments cached per portal stamp (portal.core.fragments): fewer queries, purged on change, never shared."""

import sys
from pathlib import Path

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import tenant_context

from portal.core import fragments
from portal.core.models import HomePage

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "news"))
from news_helpers import make_article


@pytest.fixture(autouse=True)
def fragments_on(settings, school_a, school_b, portal_client):
    """On, after one visit of each portal: its first view creates the settings rows it lacks (a change)."""
    settings.PORTAL_FRAGMENT_CACHE = True
    for portal in (school_a, school_b):
        portal_client(portal).get("/")


def get(client, path="/"):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return response.content.decode(), len(queries)


def test_a_warm_home_page_skips_the_boxes_and_renders_the_same(school_a, portal_client, settings):
    with tenant_context(school_a):
        make_article("Tin trong hộp tin mới", slug="tin-trong-hop")
    client = portal_client(school_a)
    first, first_queries = get(client)
    second, second_queries = get(client)
    assert "Tin trong hộp tin mới" in second
    assert second == first
    settings.PORTAL_FRAGMENT_CACHE = False
    uncached, uncached_queries = get(client)
    assert uncached == first  # the cache changes the cost, never the page
    assert second_queries < uncached_queries - 8


def test_publishing_purges_the_portal_and_only_it(school_a, school_b, portal_client):
    client_a, client_b = portal_client(school_a), portal_client(school_b)
    get(client_a), get(client_b)
    with tenant_context(school_a):
        make_article("Tin đăng sau khi hộp đã lưu đệm", slug="tin-dang-sau")
    page_a, _ = get(client_a)
    assert "Tin đăng sau khi hộp đã lưu đệm" in page_a
    page_b, _ = get(client_b)
    assert "Tin đăng sau khi hộp đã lưu đệm" not in page_b


def test_two_schools_never_share_a_fragment(school_a, school_b, portal_client):
    page_a, _ = get(portal_client(school_a))
    page_b, _ = get(portal_client(school_b))
    assert school_a.name in page_a and school_a.name not in page_b
    assert school_b.name in page_b and school_b.name not in page_a


def test_the_host_is_part_of_the_key(school_a):
    """Links are absolute on some boxes: the official domain and the dev host get their own copies."""
    official = Client(HTTP_HOST=school_a.primary_hostname)
    dev = Client(HTTP_HOST=f"{school_a.schema_name}.localhost")
    get(official)
    page, queries = get(dev)
    assert school_a.name in page
    _, again = get(dev)
    assert again < queries


def test_a_preview_of_the_home_page_shows_the_draft(school_a):
    live, _ = get(Client(HTTP_HOST=school_a.primary_hostname))  # the live home is cached
    with tenant_context(school_a):
        home = HomePage.objects.get()
        home.welcome = "Lời chào bản nháp chưa xuất bản"
        response = home.make_preview_request()
    assert response.status_code == 200
    assert "Lời chào bản nháp chưa xuất bản" in response.content.decode()
    assert "Lời chào bản nháp chưa xuất bản" not in live


def test_fragments_follow_the_setting(school_a, rf, settings):
    calls = []
    request = rf.get("/", HTTP_HOST=school_a.primary_hostname)
    request.tenant = school_a
    with tenant_context(school_a):
        fragments.cached(request, "t", lambda: calls.append(1) or "x")
        fragments.cached(request, "t", lambda: calls.append(1) or "x")
        assert calls == [1]
        settings.PORTAL_FRAGMENT_CACHE = False
        fragments.cached(request, "t", lambda: calls.append(1) or "x")
        assert calls == [1, 1]
