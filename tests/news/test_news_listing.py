"""The news list: articles and events merged by date, 10 per page (?trang=N), category filter, related items."""

import datetime
import re

from django_tenants.utils import tenant_context
from news_helpers import make_article, make_event, make_notice

from portal.news.models import NewsArticlePage, NewsArticleRelatedLink, NewsCategory

BASE = datetime.date(2026, 3, 1)


def titles(html):
    return re.findall(r'class="news-card-title" href="[^"]+">([^<]+)</a>', html)


def seed_twelve(portal):
    """11 articles and one event, one a day; odd days in "Chuyên môn", even days in "Ngoại khóa"."""
    with tenant_context(portal):
        odd = NewsCategory.objects.create(name="Chuyên môn", slug="chuyen-mon")
        even = NewsCategory.objects.create(name="Ngoại khóa", slug="ngoai-khoa")
        for day in range(1, 12):
            make_article(
                f"Tin số {day:02d}",
                slug=f"tin-{day:02d}",
                date=BASE + datetime.timedelta(days=day),
                category=odd if day % 2 else even,
            )
        make_event("Sự kiện ngày 13", slug="su-kien-13", date=BASE + datetime.timedelta(days=12), category=even)
        make_article("Tin nháp", slug="tin-nhap", date=BASE + datetime.timedelta(days=30)).unpublish()
        return odd, even


def test_pagination_ten_per_page_newest_first(school_a, portal_client):
    seed_twelve(school_a)
    client = portal_client(school_a)
    first = client.get("/tin-tuc/").content.decode()
    assert titles(first) == ["Sự kiện ngày 13"] + [f"Tin số {day:02d}" for day in range(11, 2, -1)]
    assert "Trang 1/2" in first and 'href="?trang=2"' in first and "Trang sau" in first
    assert "Trang trước" not in first and "Tin nháp" not in first
    second = client.get("/tin-tuc/?trang=2").content.decode()
    assert titles(second) == ["Tin số 02", "Tin số 01"]
    assert "Trang 2/2" in second and 'href="?trang=1"' in second
    # A bad or too large number shows the nearest page rather than an error.
    assert titles(client.get("/tin-tuc/?trang=abc").content.decode()) == titles(first)
    assert titles(client.get("/tin-tuc/?trang=99").content.decode()) == titles(second)


def test_category_filter(school_a, portal_client):
    seed_twelve(school_a)
    client = portal_client(school_a)
    html = client.get("/tin-tuc/?chuyen-muc=ngoai-khoa").content.decode()
    assert titles(html) == ["Sự kiện ngày 13", "Tin số 10", "Tin số 08", "Tin số 06", "Tin số 04", "Tin số 02"]
    assert "<h1>Tin tức - Sự kiện: Ngoại khóa</h1>" in html
    assert 'href="?chuyen-muc=ngoai-khoa" aria-current="true"' in html
    assert "Trang 1/" not in html  # six items: one page
    unknown = client.get("/tin-tuc/?chuyen-muc=khong-co").content.decode()
    assert "Không có chuyên mục này" in unknown and len(titles(unknown)) == 10


def test_pagination_keeps_the_category(school_a, portal_client):
    with tenant_context(school_a):
        category = NewsCategory.objects.create(name="Thi đua", slug="thi-dua")
        for day in range(1, 13):
            make_article(
                f"Thi đua {day:02d}",
                slug=f"thi-dua-{day:02d}",
                date=BASE + datetime.timedelta(days=day),
                category=category,
            )
    html = portal_client(school_a).get("/tin-tuc/?chuyen-muc=thi-dua").content.decode()
    assert 'href="?chuyen-muc=thi-dua&amp;trang=2"' in html


def test_related_items_manual_first_then_latest_three_of_the_category(school_a, portal_client):
    odd, _ = seed_twelve(school_a)
    with tenant_context(school_a):
        notice = make_notice("Thông báo lịch thi", slug="lich-thi")
        page = NewsArticlePage.objects.get(slug="tin-05")
        NewsArticleRelatedLink.objects.create(page=page, related_page=notice, sort_order=0)
    html = portal_client(school_a).get("/tin-tuc/tin-05/").content.decode()
    related = html.split('id="tin-lien-quan"', 1)[1].split("</aside>", 1)[0]
    found = re.findall(r'href="[^"]+">([^<]+)</a>', related)
    assert found == ["Thông báo lịch thi", "Tin số 11", "Tin số 09", "Tin số 07"]


def test_events_are_listed_with_their_time_and_place(school_b, portal_client):
    with tenant_context(school_b):
        make_event("Hội thao 22/12", slug="hoi-thao", place="Sân trường")
    html = portal_client(school_b).get("/tin-tuc/").content.decode()
    assert "Hội thao 22/12" in html and "Sự kiện:" in html and "Sân trường" in html
