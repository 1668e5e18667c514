"""``rebuild_search``: one or all portals, a new version swapped in atomically, old queue work superseded."""

import io

import pytest
from django.core.management import CommandError, call_command
from django_tenants.utils import tenant_context

from portal.search import storage
from portal.search.models import IndexJob, SearchDocument
from portal.search.query import open_searcher
from portal.search.service import run_search
from portal.search.worker import run
from tests.search.conftest import add_page, container


def rebuild(**options):
    out, err = io.StringIO(), io.StringIO()
    call_command("rebuild_search", stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


def test_rebuild_one_portal_swaps_a_new_version_in(school_a, school_b, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), tenant_context(school_a):
        page = add_page(container(), "Nội quy phòng thí nghiệm", "")
    assert IndexJob.objects.filter(schema_name=school_a.schema_name, object_id=page.pk, status="pending").exists()
    out, err = rebuild(schema=school_a.schema_name)
    assert "Đã xây dựng lại chỉ mục của 1 cổng" in out and "thcschuvanantdm" in err  # tqdm bar on stderr
    link = storage.index_path(school_a.schema_name)
    first = link.resolve()
    assert link.is_symlink() and not storage.index_exists(school_b.schema_name)
    # Queued work older than the rebuild is superseded: the rebuild read a newer state.
    assert not IndexJob.objects.filter(schema_name=school_a.schema_name, status="pending").exists()
    assert SearchDocument.objects.filter(schema_name=school_a.schema_name, page_id=page.pk).exists()
    # A search opened on the old version keeps working while a new one is swapped in.
    searcher = open_searcher([school_a.schema_name])
    rebuild(schema=school_a.schema_name, no_progress=True)
    assert link.resolve() != first and first.is_dir()
    assert searcher.doc_count() > 0
    searcher.close()
    rebuild(schema=school_a.schema_name, no_progress=True)
    assert not first.exists()  # only the live version and the previous one are kept
    assert run_search(school_a, "noi quy phong thi nghiem").total == 1


def test_rebuild_all_portals(district, school_a, school_b):
    out, _ = rebuild(no_progress=True)
    assert "Đã xây dựng lại chỉ mục của" in out
    for portal in (district, school_a, school_b):
        assert storage.index_exists(portal.schema_name)
        assert run_search(portal, "thu tuc bieu mau").engine == "whoosh"
    assert "chỉ mục chung của mọi trường" in out and storage.index_exists(storage.DISTRICT_INDEX)


def test_rebuild_unknown_schema_is_a_clear_error(db):
    with pytest.raises(CommandError, match="Không tìm thấy cổng thông tin"):
        rebuild(schema="khongco")


def test_worker_once_builds_missing_indexes_and_drains(school_a, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), tenant_context(school_a):
        add_page(container(), "Ngày hội đọc sách", "")
    run(once=True)
    assert storage.index_exists(school_a.schema_name)
    assert run_search(school_a, "ngay hoi doc sach").total == 1
    assert not IndexJob.objects.filter(status="pending").exists()


def test_search_worker_command_once(school_a):
    out = io.StringIO()
    call_command("search_worker", once=True, stdout=out)
    assert "Chỉ mục tìm kiếm:" in out.getvalue()
