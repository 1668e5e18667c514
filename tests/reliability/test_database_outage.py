"""PostgreSQL unreachable: the Vietnamese 503 page (never a 500), cached pages still served, forms never lost.

The outage is simulated by making every query raise ``OperationalError`` (what psycopg raises, wrapped by
Django, when the server refuses or drops the connection): what is under test is our own reaction to it.
The real stop and start of PostgreSQL under gunicorn is ``test_database_restart.py`` (slow).
"""

from contextlib import contextmanager

import pytest
from django.db import OperationalError, connection
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import tenant_context

from portal.core.outage import RETRY_AFTER_SECONDS
from portal.personal_data.models import DataSubjectRequest
from tenants import stamps

REFUSED = "connection failed: connection to server at 127.0.0.1, port 5432 failed: Connection refused"


@contextmanager
def database_down():
    def refuse(execute, sql, params, many, context):
        raise OperationalError(REFUSED)

    with connection.execute_wrapper(refuse):
        yield


def assert_outage_page(response, submitted=False):
    assert response.status_code == 503
    assert response["Retry-After"] == str(RETRY_AFTER_SECONDS)
    assert response["Cache-Control"] == "no-store"
    html = response.content.decode()
    assert '<html lang="vi">' in html and "css/site.css" in html
    if submitted:
        assert "Nội dung bạn vừa gửi CHƯA được ghi nhận" in html and "gửi lại" in html
    else:
        assert "Cổng thông tin đang tạm thời bảo trì" in html
    return html


@pytest.fixture
def client(school_a, portal_client):
    """Errors raised by middleware reach ``handler500`` only when the client does not re-raise them."""
    client = portal_client(school_a, raise_request_exception=False)
    assert client.get("/").status_code == 200  # known host, settings rows created
    return client


def test_a_page_during_an_outage_is_the_maintenance_page(client, school_a):
    with database_down():
        response = client.get("/gioi-thieu/")
    html = assert_outage_page(response)
    assert school_a.name in html  # the portal row was already in memory: no query needed


def test_an_unknown_host_lookup_during_an_outage_is_the_maintenance_page(school_a, portal_client):
    client = portal_client(school_a, raise_request_exception=False)  # nothing cached for the host yet
    with database_down():
        response = client.get("/")
    assert_outage_page(response)


def test_a_form_sent_during_an_outage_is_refused_plainly_and_not_stored(client, school_a):
    data = {
        "kind": "xoa", "child_name": "Phạm Minh Khang", "child_birth_date": "15/03/2019",
        "requester_name": "Phạm Văn Hùng", "relation": "cha", "contact": "0987654321", "reference_codes": "",
        "details": "", "confirm": "on", "website": "",
    }  # fmt: skip
    with database_down():
        response = client.post("/du-lieu-ca-nhan/yeu-cau/", data)
    assert_outage_page(response, submitted=True)
    with tenant_context(school_a):
        assert not DataSubjectRequest.objects.exists()
    # The database is back: the same form is accepted and stored, with nothing to restart.
    response = client.post("/du-lieu-ca-nhan/yeu-cau/", data)
    assert response.status_code == 200
    with tenant_context(school_a):
        assert DataSubjectRequest.objects.count() == 1


def test_cached_pages_are_still_served_during_an_outage(settings, client, school_a):
    settings.PORTAL_PAGE_CACHE = True
    client.get("/")
    first = client.get("/")  # rendered under the stamps after the first visit's settings rows
    with database_down():
        with CaptureQueriesContext(connection) as queries:
            cached = client.get("/")
        assert len(queries) == 0
        # The host's cached lookup is gone meanwhile (its key moves with the registry stamp, the pages' do
        # not): the lookup fails, its last known answer stands in.
        stamps.bump(stamps.REGISTRY)
        still = client.get("/")  # (every query raises: a 200 here needed none to succeed)
        uncached = client.get("/gioi-thieu/")
    assert cached.status_code == still.status_code == 200 and cached.content == first.content == still.content
    assert_outage_page(uncached)
    assert client.get("/gioi-thieu/").status_code == 200  # recovered by itself


def test_other_errors_stay_500(client, monkeypatch):
    from portal.search import views

    def broken(*args, **kwargs):
        raise RuntimeError("not a database error")

    monkeypatch.setattr(views, "run_search", broken)
    response = client.get("/tim-kiem/", {"q": "tuyển sinh"})
    assert response.status_code == 500


def test_a_form_stored_just_before_the_outage_is_told_it_was_stored(rf, school_a):
    """The row committed, then the confirmation page met the outage: "do not send again", not "resend"."""
    from portal.core import outage
    from portal.core.outage import DatabaseOutageMiddleware

    def view_that_stored_then_failed(request):
        outage._mark_stored()  # what note_committed_row does once the form's transaction committed
        raise OperationalError(REFUSED)

    def handler(request):  # as Django's handler: the view's exception goes to process_exception inside __call__
        try:
            return view_that_stored_then_failed(request)
        except OperationalError as error:
            return middleware.process_exception(request, error)

    middleware = DatabaseOutageMiddleware(handler)
    request = rf.post("/du-lieu-ca-nhan/yeu-cau/", {"child_name": "An"})
    request.tenant = school_a
    response = middleware(request)
    html = assert_outage_page_text(response)
    assert "Nội dung bạn vừa gửi ĐÃ được lưu" in html and "không gửi lại" in html
    assert "CHƯA được ghi nhận" not in html


def assert_outage_page_text(response):
    assert response.status_code == 503 and response["Cache-Control"] == "no-store"
    return response.content.decode()


def test_a_row_saved_during_a_request_is_noted_only_after_its_commit(school_a, django_capture_on_commit_callbacks):
    from portal.core import outage

    outage._request.watching, outage._request.stored = True, False
    try:
        with django_capture_on_commit_callbacks() as callbacks, tenant_context(school_a):
            DataSubjectRequest.objects.create(
                kind="xem", code="YC-THUNGHIEM", child_name="An", child_birth_date="2019-03-15",
                requester_name="Bình", relation="cha",
                contact="0987654321",
            )  # fmt: skip
            assert outage._request.stored is False  # not committed yet
        assert outage._mark_stored in callbacks
        for callback in callbacks:
            callback()
        assert outage._request.stored is True
    finally:
        outage._request.watching = outage._request.stored = False
