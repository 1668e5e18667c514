"""A missing, corrupt or locked index never breaks search: database fallback, a warning in the log."""

import logging

import pytest
from django_tenants.utils import tenant_context

from portal.search import searchers, storage
from portal.search.service import run_search
from portal.search.worker import drain
from tests.search.conftest import add_page, container
from tests.search.test_concurrency import hold_lock

TITLE = "Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường"


@pytest.fixture
def indexed(school_a, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), tenant_context(school_a):
        add_page(container(), TITLE, "Các môn thi: điền kinh, bơi lội, cờ vua.")
    drain(schemas=[school_a.schema_name])
    assert run_search(school_a, "hoi khoe phu dong").engine == "whoosh"
    return school_a


def live_folder(schema_name):
    return storage.index_path(schema_name).resolve()


def assert_database_fallback(portal, caplog):
    with caplog.at_level(logging.WARNING, logger="portal.search.service"):
        outcome = run_search(portal, "hoi khoe phu dong")
    assert outcome.engine == "database"
    assert [hit.title_html for hit in outcome.hits] == [
        "Kế hoạch tổ chức <mark>Hội</mark> <mark>khỏe</mark> <mark>Phù</mark> <mark>Đổng</mark> cấp trường"
    ]
    assert outcome.kinds and outcome.years
    assert "falling back to database search" in caplog.text
    return outcome


def test_deleted_index_folder_falls_back_to_the_database(indexed, caplog, portal_client):
    storage.remove_index(indexed.schema_name)
    assert_database_fallback(indexed, caplog)
    response = portal_client(indexed).get("/tim-kiem/", {"q": "HỘI KHỎE PHÙ ĐỔNG"})
    assert response.status_code == 200 and "<mark>Phù</mark>" in response.content.decode()


def test_corrupt_segment_falls_back_to_the_database(indexed, caplog):
    segments = list(live_folder(indexed.schema_name).glob("*.seg"))
    assert segments
    for segment in segments:
        segment.write_bytes(b"\x00garbage" * 64)
    assert_database_fallback(indexed, caplog)


def test_corrupt_table_of_contents_falls_back_to_the_database(indexed, caplog):
    for toc in live_folder(indexed.schema_name).glob("*.toc"):
        toc.write_bytes(b"not a whoosh toc")
    # The searcher this process keeps open still answers from the segments it holds...
    assert run_search(indexed, "hoi khoe phu dong").engine == "whoosh"
    # ...a process opening the index now (or after a restart) falls back.
    searchers.discard()
    assert_database_fallback(indexed, caplog)


def test_the_worker_rebuilds_a_corrupt_index(indexed, caplog, django_capture_on_commit_callbacks):
    for segment in live_folder(indexed.schema_name).glob("*.seg"):
        segment.write_bytes(b"\x00garbage" * 64)
    with django_capture_on_commit_callbacks(execute=True), tenant_context(indexed):
        add_page(container(), "Giải cờ vua học sinh", "")
    stats = drain(schemas=[indexed.schema_name])
    assert stats.rebuilt == [indexed.schema_name]
    assert run_search(indexed, "hoi khoe phu dong").engine == "whoosh"
    assert run_search(indexed, "co vua").total == 2


def test_locked_index_is_still_searchable(indexed):
    """Readers need no lock in Whoosh: a writer holding it does not stop search."""
    with hold_lock(indexed.schema_name, None, 5):
        outcome = run_search(indexed, "hoi khoe phu dong")
    assert outcome.engine == "whoosh" and outcome.total == 1


def test_portal_never_indexed_searches_its_titles(school_b, caplog):
    with tenant_context(school_b):
        add_page(container(), "Bé vui đón Tết Trung thu", "")
    with caplog.at_level(logging.WARNING):
        outcome = run_search(school_b, "be vui don tet")
    assert outcome.engine == "titles"
    assert [hit.title_html for hit in outcome.hits] == [
        "<mark>Bé</mark> <mark>vui</mark> <mark>đón</mark> <mark>Tết</mark> Trung thu"
    ]
    assert "falling back" in caplog.text
