"""The demo seeder: believable Vietnamese news for a portal, idempotent (no new rows or revisions)."""

import datetime

from django.utils import timezone
from django_tenants.utils import schema_context, tenant_context
from wagtail.images import get_image_model
from wagtail.models import Revision

from demo.news import PIN_DAYS, seed_news
from demo.portals import DISTRICT, SCHOOLS
from portal.news.models import EventPage, NewsArticlePage, NewsCategory, NoticePage
from tenants.models import PublishedItem


def state():
    return {
        "articles": sorted(NewsArticlePage.objects.values_list("slug", "title", "live", "featured_image_id")),
        "events": sorted(EventPage.objects.values_list("slug", "start_at", "end_at")),
        "notices": sorted(NoticePage.objects.values_list("slug", "pinned_until")),
        "categories": NewsCategory.objects.count(),
        "images": get_image_model().objects.count(),
        "revisions": Revision.objects.count(),
    }


def test_seed_news_is_idempotent_and_believable(school_a, portal_client, django_capture_on_commit_callbacks):
    with tenant_context(school_a), django_capture_on_commit_callbacks(execute=True):
        seed_news(school_a, SCHOOLS[2], None)
        first = state()
        seed_news(school_a, SCHOOLS[2], None)
        assert state() == first
        pinned = NoticePage.objects.get(slug="thong-bao-nghi-tet-duong-lich-2027")
        reposted = NewsArticlePage.objects.get(is_reposted=True)
    assert len(first["articles"]) == 10 and len(first["events"]) == 2 and len(first["notices"]) == 3
    assert all(image for *_, image in first["articles"])  # every article has a generated banner
    assert pinned.pinned_until == max(timezone.localdate(), pinned.date) + datetime.timedelta(days=PIN_DAYS)
    assert reposted.source and reposted.author  # reused content names its author and source
    with schema_context("public"):
        assert PublishedItem.objects.filter(portal=school_a, kind="news").count() == 12
    client = portal_client(school_a)
    home = client.get("/").content.decode()
    assert "Thông báo lịch nghỉ Tết Dương lịch năm 2027" in home.split('id="tb-ghim"', 1)[1]
    assert "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026" in home
    listing = client.get("/tin-tuc/").content.decode()
    assert "Tin tức về các hoạt động dạy và học, phong trào thi đua và sự kiện của Trường THCS Chu Văn An" in listing
    assert "Trang 1/2" in listing and "Lễ khai giảng năm học 2026-2027" not in listing.split("Trang 1/2")[1]
    article = client.get("/tin-tuc/le-khai-giang-nam-hoc-2026-2027/").content.decode()
    assert "Trường THCS Chu Văn An long trọng tổ chức" in article and "<picture>" in article
    related = article.split('id="tin-lien-quan"', 1)[1]
    assert related.index("Lễ tổng kết năm học 2025-2026") < related.index("</li>")  # the chosen one first


def test_seed_news_for_the_district(district, portal_client):
    with tenant_context(district):
        seed_news(district, DISTRICT, None)
        assert NewsArticlePage.objects.filter(slug="tap-huan-chuyen-doi-so-can-bo-quan-ly").exists()
        assert NewsCategory.objects.get(slug="hoat-dong-nha-truong").name == "Hoạt động ngành"
    html = portal_client(district).get("/tin-tuc/").content.decode()
    assert "Hội nghị tổng kết năm học 2025-2026 ngành Giáo dục thành phố" in html
