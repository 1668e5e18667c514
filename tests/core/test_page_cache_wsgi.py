"""Page-cache hits answered by the WSGI wrapper (``portal/wsgi.py``) before Django runs.

Called like gunicorn calls it: ``portal.wsgi.application(environ, start_response)``.
"""

import io
import sys
from pathlib import Path

import pytest
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connection
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import tenant_context

from portal.core.page_cache import PageCacheApplication
from portal.wsgi import application
from tenants.provisioning import set_active

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "news"))
from news_helpers import make_article

BROWSER = "Mozilla/5.0 (Linux; Android 14) Chrome/131.0 Mobile Safari/537.36"


@pytest.fixture(autouse=True)
def keep_the_test_connection():
    """As Django's test client does: the request signals must not close the test's transaction."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture(autouse=True)
def page_cache_on(keep_the_test_connection, settings, school_a, school_b):
    settings.PORTAL_PAGE_CACHE = True
    for portal in (school_a, school_b):
        call(portal.primary_hostname)  # a first visit creates the settings rows a portal lacks (a change)


def environ(host, path="/", method="GET", query="", **extra):
    return {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": host,
        "SERVER_PORT": "80",
        "HTTP_HOST": host,
        "REMOTE_ADDR": "203.0.113.7",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": io.StringIO(),
        "SERVER_PROTOCOL": "HTTP/1.1",
        **extra,
    }


def call(host, path="/", **kwargs):
    """(status, headers, body, SQL statements) of one request through the wrapped application."""
    answer = {}

    def start_response(status, headers, exc_info=None):
        answer.update(status=status, headers=headers)

    with CaptureQueriesContext(connection) as queries:
        result = application(environ(host, path, **kwargs), start_response)
        body = b"".join(result)
        if hasattr(result, "close"):
            result.close()
    return answer["status"], dict(answer["headers"]), body, len(queries)


def test_the_application_is_wrapped():
    assert isinstance(application, PageCacheApplication)


def test_a_hit_needs_no_query_and_is_byte_identical_headers_included(school_a):
    host = school_a.primary_hostname
    first = call(host)
    second = call(host)
    assert first[0] == second[0] == "200 OK"
    assert first[3] > 0 and second[3] == 0
    assert second[2] == first[2] and school_a.name.encode() in second[2]
    assert second[1] == first[1]
    assert "Content-Security-Policy" in second[1] and "X-Content-Type-Options" in second[1]


def test_head_gets_the_headers_without_the_body(school_a):
    host = school_a.primary_hostname
    call(host), call(host)
    status, headers, body, queries = call(host, method="HEAD")
    assert status == "200 OK" and body == b"" and queries == 0


def test_publishing_purges_this_school_only(school_a, school_b):
    host_a, host_b = school_a.primary_hostname, school_b.primary_hostname
    call(host_a), call(host_b)
    with tenant_context(school_a):
        make_article("Tin mới của trường A qua WSGI", slug="tin-moi-wsgi")
    status, _, body, queries = call(host_a)
    assert queries > 0 and "Tin mới của trường A qua WSGI".encode() in body
    _, _, body_b, queries_b = call(host_b)
    assert queries_b == 0 and b"Tin m\xe1\xbb\x9bi c\xe1\xbb\xa7a tr\xc6\xb0\xe1\xbb\x9dng A" not in body_b


def test_two_schools_never_answer_with_each_others_page(school_a, school_b):
    _, _, body_a, _ = call(school_a.primary_hostname)
    _, _, body_b, _ = call(school_b.primary_hostname)
    _, _, again_a, queries = call(school_a.primary_hostname)
    assert queries == 0 and again_a == body_a != body_b
    assert school_b.name.encode() not in again_a


def test_cookies_other_than_csrf_and_https_get_their_own_answers(school_a):
    host = school_a.primary_hostname
    call(host), call(host)
    assert call(host, HTTP_COOKIE="csrftoken=abc")[3] == 0
    assert call(host, HTTP_COOKIE="sessionid=abc")[3] > 0  # a session: always rendered
    assert call(host, **{"wsgi.url_scheme": "https"})[3] > 0  # another address: stored apart


def test_a_deactivated_school_is_not_served_from_the_cache(school_b):
    host = school_b.primary_hostname
    call(host), call(host)
    set_active(school_b, False)
    status, _, body, _ = call(host)
    assert status.startswith("503")


def test_a_cached_view_is_counted_as_a_visit(school_a):
    from portal.visits.models import DayTotal

    host = school_a.primary_hostname
    call(host, HTTP_USER_AGENT=BROWSER)
    call(host, HTTP_USER_AGENT=BROWSER)
    with tenant_context(school_a):
        before = sum(DayTotal.objects.values_list("views", flat=True))
    assert call(host, HTTP_USER_AGENT=BROWSER)[3] > 0  # one statement: the count, nothing else
    with tenant_context(school_a):
        after = sum(DayTotal.objects.values_list("views", flat=True))
    assert after == before + 1
