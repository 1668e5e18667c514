"""Outgoing RSS 2.0 and Atom: bozo-free, absolute URLs on the portal's own domain, isolation, combined feed."""

import io

import feedparser
import pytest
from django.test import Client
from django_tenants.utils import tenant_context

from portal.feeds.selection import feed_models
from tests.search.conftest import add_page, container

news = pytest.importorskip("portal.news.models")


def parse(response):
    assert response.status_code == 200
    parsed = feedparser.parse(io.BytesIO(response.content), response_headers={"content-type": response["Content-Type"]})
    assert parsed.bozo is False or parsed.bozo == 0, parsed.get("bozo_exception")
    return parsed


@pytest.fixture
def school_news(school_a, school_b, district, django_capture_on_commit_callbacks):
    from tests.news.news_helpers import make_article, make_notice

    with django_capture_on_commit_callbacks(execute=True):
        with tenant_context(school_a):
            make_article("Chu Văn An đạt giải Nhất hội thao", summary="Đội bóng đá <nam> vô địch & nhận cúp.")
            make_notice("Chu Văn An thông báo họp phụ huynh")
        with tenant_context(school_b):
            make_article("Hoa Sen tổ chức Tết Trung thu\x0b cho bé")


@pytest.mark.parametrize("path", ["/rss/tin-tuc/", "/rss/tin-tuc/atom/"])
def test_school_news_feed_parses_with_absolute_links_on_its_own_domain(school_a, portal_client, school_news, path):
    parsed = parse(portal_client(school_a).get(path))
    titles = [entry.title for entry in parsed.entries]
    assert titles == ["Chu Văn An đạt giải Nhất hội thao"]
    entry = parsed.entries[0]
    assert entry.link.startswith("http://thcschuvanantdm.edu.vn/tin-tuc/")
    assert entry.summary == "Đội bóng đá &lt;nam&gt; vô địch &amp; nhận cúp."  # plain text, HTML-escaped
    assert entry.published_parsed is not None
    assert parsed.feed.link.startswith("http://thcschuvanantdm.edu.vn/")
    assert "Hoa Sen" not in str(parsed.entries)  # another school's news never appears


def test_notices_feed_lists_notices_only(school_a, portal_client, school_news):
    parsed = parse(portal_client(school_a).get("/rss/thong-bao/"))
    assert [entry.title for entry in parsed.entries] == ["Chu Văn An thông báo họp phụ huynh"]


def test_control_characters_do_not_break_the_xml(school_b, portal_client, school_news):
    parsed = parse(portal_client(school_b).get("/rss/tin-tuc/"))
    assert parsed.entries[0].title == "Hoa Sen tổ chức Tết Trung thu  cho bé"


def test_dev_host_feeds_link_to_the_dev_host(school_a, school_news):
    parsed = parse(Client(HTTP_HOST="thcschuvanantdm.localhost:8000").get("/rss/tin-tuc/"))
    assert parsed.entries[0].link.startswith("http://thcschuvanantdm.localhost:8000/tin-tuc/")


def test_document_feed_lists_documents_or_content_pages(school_a, portal_client):
    with tenant_context(school_a):
        page = add_page(container(), "Quy chế chuyên môn năm học", "")
    titles = [entry.title for entry in parse(portal_client(school_a).get("/rss/van-ban/atom/")).entries]
    if feed_models("document"):
        assert page.title not in titles
    else:  # no page type declares feed_kind = "document" yet: every content page below the sections
        assert titles[0] == "Quy chế chuyên môn năm học"
        assert "Thủ tục - Biểu mẫu" not in titles and "Trang chủ" not in titles


@pytest.mark.parametrize("path", ["/rss/tin-cac-truong/", "/rss/tin-cac-truong/atom/"])
def test_district_combined_feed_of_all_schools(district, school_a, portal_client, school_news, path):
    parsed = parse(portal_client(district).get(path))
    by_title = {entry.title: entry for entry in parsed.entries}
    assert {"Chu Văn An đạt giải Nhất hội thao", "Hoa Sen tổ chức Tết Trung thu  cho bé"} <= set(by_title)
    assert "Chu Văn An thông báo họp phụ huynh" not in by_title
    assert by_title["Chu Văn An đạt giải Nhất hội thao"].link.startswith("http://thcschuvanantdm.edu.vn/")
    assert [tag.term for tag in by_title["Chu Văn An đạt giải Nhất hội thao"].tags] == ["Trường THCS Chu Văn An"]
    assert portal_client(school_a).get(path).status_code == 404


def test_feed_list_page(district, school_a, portal_client):
    district_html = portal_client(district).get("/rss/").content.decode()
    assert 'href="/rss/tin-cac-truong/"' in district_html and 'type="application/rss+xml"' in district_html
    school_html = portal_client(school_a).get("/rss/").content.decode()
    assert 'href="/rss/tin-tuc/"' in school_html and "tin-cac-truong" not in school_html
