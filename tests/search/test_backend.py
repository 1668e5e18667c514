"""Haystack plumbing: one backend per schema in the same thread, generated indexes for every page type."""

import datetime

import pytest
from django_tenants.utils import tenant_context
from haystack import connections
from haystack.query import SearchQuerySet
from wagtail.models import Page, get_page_models

from portal.search import search_indexes
from portal.search.documents import page_document
from portal.search.indexing import rebuild_portal
from portal.search.service import run_search
from tests.search.conftest import add_page, container


def test_one_backend_per_schema_in_the_same_thread(school_a, school_b, settings):
    engine = connections["default"]
    with tenant_context(school_a):
        backend_a = engine.get_backend()
    with tenant_context(school_b):
        backend_b = engine.get_backend()
    with tenant_context(school_a):
        assert engine.get_backend() is backend_a
    assert backend_a is not backend_b
    assert backend_a.path == str(settings.SEARCH_ROOT / school_a.schema_name)
    assert backend_b.path == str(settings.SEARCH_ROOT / school_b.schema_name)


def test_haystack_searchqueryset_searches_the_current_portal_only(school_a, school_b):
    with tenant_context(school_a):
        add_page(container(), "Câu lạc bộ cờ tướng Chu Văn An", "")
    with tenant_context(school_b):
        add_page(container(), "Câu lạc bộ cờ tướng Hoa Sen", "")
    rebuild_portal(school_a)
    rebuild_portal(school_b)
    with tenant_context(school_a):
        titles_a = [result.title for result in SearchQuerySet().auto_query("cau lac bo co tuong")]
    with tenant_context(school_b):
        titles_b = [result.title for result in SearchQuerySet().auto_query("CÂU LẠC BỘ CỜ TƯỚNG")]
    assert titles_a == ["Câu lạc bộ cờ tướng Chu Văn An"]
    assert titles_b == ["Câu lạc bộ cờ tướng Hoa Sen"]


def test_haystack_backend_update_and_remove_use_the_portal_index(school_a):
    from portal.core.models import SectionPage

    with tenant_context(school_a):
        page = add_page(container(), "Góc sáng tạo STEM", "")
        backend = connections["default"].get_backend()
        index = connections["default"].get_unified_index().get_index(SectionPage)
        backend.update(index, [page])
    assert run_search(school_a, "goc sang tao").total == 1
    with tenant_context(school_a):
        backend.remove(page)
    assert run_search(school_a, "goc sang tao").total == 0


def test_every_concrete_page_type_has_a_generated_index():
    indexed = set(connections["default"].get_unified_index().get_indexed_models())
    expected = {model for model in get_page_models() if model is not Page}
    assert expected <= indexed
    assert all(
        issubclass(type(index), search_indexes.PageSearchIndex)
        for model, index in connections["default"].get_unified_index().get_indexes().items()
    )
    names = [name for name in vars(search_indexes) if name.endswith("_SearchIndex")]
    assert "SectionPage_core_SearchIndex" in names


def test_generic_page_text_comes_from_its_own_fields(school_a):
    with tenant_context(school_a):
        page = add_page(
            container(),
            "Giới thiệu thư viện",
            "Thư viện mở cửa <b>từ 7 giờ</b> sáng.",
            search_description="Thư viện xanh của trường",
        )
        document = page_document(page.specific)
    assert document["title"] == "Giới thiệu thư viện"
    assert "Thư viện xanh của trường" in document["body"] and "từ 7 giờ sáng" in document["body"]
    assert "<b>" not in document["body"]
    assert document["kind"] == "core.sectionpage" and document["kind_label"] == "Chuyên mục"
    assert document["url"].startswith("/") and document["schema"] == school_a.schema_name


def test_page_types_with_get_search_text_and_search_date(school_a):
    news = pytest.importorskip("portal.news.models")
    from tests.news.news_helpers import make_article, paragraphs

    with tenant_context(school_a):
        article = make_article(
            "Tuyên dương học sinh giỏi",
            date=datetime.date(2024, 5, 20),
            body=paragraphs("Lễ tuyên dương 45 em đạt giải cấp tỉnh."),
        )
        document = page_document(news.NewsArticlePage.objects.get(pk=article.pk))
    assert "45 em đạt giải cấp tỉnh" in document["body"]
    assert document["date"] == datetime.datetime(2024, 5, 20) and document["year"] == "2024"
    rebuild_portal(school_a)
    outcome = run_search(school_a, "dat giai cap tinh", year="2024")
    assert [hit.kind for hit in outcome.hits] == ["news.newsarticlepage"]
    assert outcome.years == [("2024", 1)]
