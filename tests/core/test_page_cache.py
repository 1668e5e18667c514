"""The per-portal page cache: hits cost no query, every change purges, nothing personal is ever stored."""

import os
import sys
import time
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import schema_context, tenant_context
from wagtail.models import Page

from tenants import stamps
from tenants.models import PublishedItem
from tenants.provisioning import set_active

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "news"))
from news_helpers import make_article


@pytest.fixture(autouse=True)
def page_cache_on(settings, school_a, school_b, district, portal_client):
    """On, after one visit of each portal: its first view creates the settings rows it lacks (a change)."""
    settings.PORTAL_PAGE_CACHE = True
    for portal in (school_a, school_b, district):
        portal_client(portal).get("/")


def get(client, path="/", **extra):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, **extra)
    return response, len(queries)


def test_second_visit_is_served_without_a_query_and_byte_identical(school_a, portal_client):
    client = portal_client(school_a)
    first, first_queries = get(client)
    second, second_queries = get(client)
    assert first.status_code == second.status_code == 200
    assert first_queries > 10 and second_queries == 0  # not even the host lookup
    assert second.content == first.content
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]  # added again, outside the cache


def test_publishing_purges_the_portal_and_only_it(school_a, school_b, portal_client):
    client_a, client_b = portal_client(school_a), portal_client(school_b)
    get(client_a), get(client_b)
    with tenant_context(school_a):
        make_article("Tin mới đăng sau khi trang đã vào bộ nhớ đệm", slug="tin-moi-dang")
    response, queries = get(client_a)
    assert queries > 0 and "Tin mới đăng sau khi trang đã vào bộ nhớ đệm" in response.content.decode()
    response_b, queries_b = get(client_b)
    assert queries_b == 0  # the other school's cached page was not touched
    assert "Tin mới đăng sau khi" not in response_b.content.decode()


def test_unpublishing_and_deleting_purge(school_a, portal_client):
    client = portal_client(school_a)
    with tenant_context(school_a):
        article = make_article("Tin sẽ bị gỡ xuống", slug="tin-se-go")
        path = article.url
    assert get(client, path)[0].status_code == 200
    with tenant_context(school_a):
        Page.objects.get(pk=article.pk).specific.unpublish()
    assert get(client, path)[0].status_code == 404
    assert "Tin sẽ bị gỡ xuống" not in get(client)[0].content.decode()


def test_a_schools_projection_purges_the_district_not_the_other_schools(district, school_b, portal_client):
    get(portal_client(district)), get(portal_client(school_b))
    with schema_context("public"):
        PublishedItem.objects.filter(portal=school_b).delete()  # any change of a projection row
        stamps.bump(stamps.DISTRICT)
    assert get(portal_client(district))[1] > 0
    assert get(portal_client(school_b))[1] == 0


def test_logged_in_editors_and_cookie_holders_always_get_a_fresh_page(school_a, portal_client, superuser_client):
    anonymous = portal_client(school_a)
    get(anonymous)
    editor = superuser_client(school_a)
    assert get(editor)[1] > 0 and get(editor)[1] > 0
    voter = portal_client(school_a)
    voter.cookies["poll_vote"] = "1"
    assert get(voter)[1] > 0
    get(anonymous)  # creating the editor's account purged the portal: cache it again
    with_csrf_only = portal_client(school_a)
    with_csrf_only.cookies["csrftoken"] = "x" * 32
    assert get(with_csrf_only)[1] == 0


def test_form_pages_search_and_query_strings(school_a, portal_client):
    client = portal_client(school_a)
    with tenant_context(school_a):
        form_path = Page.objects.live().get(slug="hoi-dap").url
    first = client.get(form_path)
    assert "csrfmiddlewaretoken" in first.content.decode() and first.cookies  # the CSRF cookie is set
    assert get(client, form_path)[1] > 0  # never cached: its token is the visitor's own
    assert get(client, "/tim-kiem/?q=thu+tuc")[1] > 0 and get(client, "/tim-kiem/?q=thu+tuc")[1] > 0
    get(client, "/?in=1")
    assert get(client, "/?in=1")[1] == 0
    assert get(client, "/?in=1")[0].content != get(client, "/")[0].content  # the query string is in the key


def test_a_deactivated_portal_answers_503_at_once_although_its_host_is_cached(school_b, portal_client):
    client = portal_client(school_b)
    assert get(client)[0].status_code == 200
    set_active(school_b, False)
    try:
        assert client.get("/").status_code == 503
    finally:
        set_active(school_b, True)


def test_unknown_hosts_are_refused_once_from_the_database_then_from_the_cache(db, client, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "khongco.edu.vn"]
    assert get(client, "/", HTTP_HOST="khongco.edu.vn")[0].status_code == 404
    response, queries = get(client, "/", HTTP_HOST="khongco.edu.vn")
    assert response.status_code == 404 and queries == 0


def test_stamps_seen_by_another_process(tmp_path, settings):
    """Workers share the file stamps: a bump written by another process is read here."""
    settings.PORTAL_STATE_DIR = tmp_path
    before = stamps.read("truong_x")
    path = tmp_path / "stamps" / "truong_x"
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()
        now = time.time_ns()
        os.utime(path, ns=(now, now))
        os._exit(0)
    os.waitpid(pid, 0)
    assert stamps.read("truong_x") != before


def test_a_message_from_the_public_does_not_purge_the_cache(school_a, portal_client):
    """Rows the public sends and never sees on a page (PORTAL_STAMP_IGNORED_MODELS) keep the stamp."""
    from portal.contact.models import ContactMessage

    client = portal_client(school_a)
    get(client)
    with tenant_context(school_a):
        ContactMessage.objects.create(
            recipient_label="Văn phòng", recipient_address="vp@ptdm.edu.vn", name="Phụ huynh", subject="Hỏi", body="…"
        )
    assert get(client)[1] == 0
    with tenant_context(school_a):
        make_article("Tin vẫn làm mới trang", slug="tin-van-lam-moi")
    assert get(client)[1] > 0
