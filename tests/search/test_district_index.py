"""The district-wide index: hits of every active school from one index, per-school facets, deactivated
schools hidden, fed by the same queue and worker; and the synonyms admin, district staff only."""

import re

import pytest
from django_tenants.utils import tenant_context

from portal.search import district, searchers, storage
from portal.search.models import SearchSynonym
from portal.search.service import run_search
from portal.search.worker import drain, ensure_indexes
from tenants.models import Portal
from tests.search.conftest import add_page, committed_corpus, container

A_PAGES = [("Olympic học kỳ I môn Toán", "Học sinh trung học cơ sở có mặt lúc 7 giờ.")]
B_PAGES = [("Olympic bé khỏe bé ngoan", "Các bé lớp lá thi bé khỏe.")]


@pytest.fixture(scope="module")
def corpus_root(tmp_path_factory):
    return tmp_path_factory.mktemp("search")


@pytest.fixture(scope="module")
def corpus(django_db_setup, django_db_blocker, corpus_root):
    from django.conf import settings

    with (
        committed_corpus("thcschuvanantdm", A_PAGES, corpus_root, django_db_blocker),
        committed_corpus("mnhoasentdm", B_PAGES, corpus_root, django_db_blocker),
        committed_corpus("tptdm", [("Olympic giáo viên dạy giỏi", "")], corpus_root, django_db_blocker),
    ):
        previous, settings.SEARCH_ROOT = settings.SEARCH_ROOT, corpus_root
        try:
            with django_db_blocker.unblock():
                district.rebuild()
        finally:
            settings.SEARCH_ROOT = previous
        yield


@pytest.fixture(autouse=True)
def search_root(settings, corpus_root, corpus):
    settings.SEARCH_ROOT = corpus_root
    return corpus_root


def schools_of(outcome):
    return {hit.schema_name for hit in outcome.hits}


def test_district_wide_search_reads_one_index_with_hits_of_two_schools(district, school_a, school_b, monkeypatch):
    opened = []
    real_open = storage.open_for_reading
    monkeypatch.setattr(
        storage, "open_for_reading", lambda name, root=None: opened.append(name) or real_open(name, root)
    )
    searchers.discard()
    outcome = run_search(district, "olympic", all_schools=True)
    assert schools_of(outcome) == {"tptdm", school_a.schema_name, school_b.schema_name}
    assert dict(outcome.schools) == {"tptdm": 1, school_a.schema_name: 1, school_b.schema_name: 1}
    assert opened == [storage.DISTRICT_INDEX]  # not one index per school
    # The same searcher serves the next query (no reopening while the index did not change).
    run_search(district, "be khoe", all_schools=True)
    assert opened == [storage.DISTRICT_INDEX]
    # Synonyms work district-wide too.
    assert schools_of(run_search(district, "thcs olympic", all_schools=True)) == {school_a.schema_name}


def test_deactivated_school_is_hidden_at_once(district, school_a, school_b):
    Portal.objects.filter(pk=school_b.pk).update(is_active=False)
    outcome = run_search(district, "olympic", all_schools=True)
    assert school_b.schema_name not in schools_of(outcome) and school_a.schema_name in schools_of(outcome)
    assert school_b.schema_name not in dict(outcome.schools)
    assert run_search(district, "be khoe be ngoan", all_schools=True).hits == []


def test_results_page_has_school_facets_and_filter(district, school_a, school_b, portal_client):
    client = portal_client(district)
    html = client.get("/tim-kiem/", {"q": "olympic", "tat_ca": "1"}).content.decode()
    assert "<h2>Trường</h2>" in html and "Trường THCS Chu Văn An" in html
    link = re.search(r'href="(\?q=olympic&amp;tat_ca=1&amp;truong=mnhoasentdm)"', html)
    assert link
    filtered = client.get("/tim-kiem/" + link.group(1).replace("&amp;", "&")).content.decode()
    assert "Bỏ lọc trường: Trường Mầm non Hoa Sen" in filtered and "Tìm thấy <strong>1</strong> kết quả" in filtered
    # A school's schema the district does not list is ignored, not an error.
    assert client.get("/tim-kiem/", {"q": "olympic", "tat_ca": "1", "truong": "khong_co"}).status_code == 200


def test_worker_feeds_the_district_index(district, school_b, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), tenant_context(school_b):
        add_page(container(), "Lịch tiêm chủng mùa thu xyzdistrict", "")
    drain(schemas=[school_b.schema_name])
    outcome = run_search(district, "lich tiem chung xyzdistrict", all_schools=True)
    assert schools_of(outcome) == {school_b.schema_name}


def test_ensure_indexes_builds_a_missing_district_index(district, school_a):
    storage.remove_index(storage.DISTRICT_INDEX)
    assert run_search(district, "olympic", all_schools=True).total == 3  # the portal indexes answer meanwhile
    assert storage.DISTRICT_INDEX in ensure_indexes()
    assert district_index_count() >= 3


def district_index_count():
    return storage.open_for_reading(storage.DISTRICT_INDEX).doc_count()


def test_synonyms_admin_is_for_district_staff_only(district, school_a, superuser_client):
    client = superuser_client(district)
    response = client.post(
        "/admin/search_synonyms/new/", {"phrases": "BĐD, ban đại diện", "note": "", "is_active": "on"}
    )
    assert response.status_code == 302
    assert SearchSynonym.objects.filter(phrases="BĐD, ban đại diện").exists()
    invalid = client.post("/admin/search_synonyms/new/", {"phrases": "THCS", "is_active": "on"})
    assert "Cần ít nhất hai cách viết khác nhau" in invalid.content.decode()
    school_admin = superuser_client(school_a)
    assert school_admin.get("/admin/search_synonyms/").status_code in (302, 403)
