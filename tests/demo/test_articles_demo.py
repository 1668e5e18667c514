"""The articles seeder fills the three sections with believable content, and a second run changes nothing."""

import random

from django_tenants.utils import tenant_context
from wagtail.models import Revision

from demo.articles import WARD_PATTERN, seed_articles
from demo.portals import DISTRICT, SCHOOLS
from portal.articles.models import AccreditationPage, LegalEducationArticlePage, UniversalEducationPage


def state():
    return (
        sorted(LegalEducationArticlePage.objects.values_list("slug", "title", "document_number", "live")),
        sorted(AccreditationPage.objects.values_list("slug", "accreditation_level", "decision_number")),
        sorted(UniversalEducationPage.objects.values_list("slug", "achievement", "population", "achieved")),
        Revision.objects.count(),
    )


def test_seed_is_believable_and_idempotent(district, school_a, school_b, portal_client):
    for portal, demo in ((district, DISTRICT), (school_a, SCHOOLS[2]), (school_b, SCHOOLS[0])):
        with tenant_context(portal):
            seed_articles(portal, demo, random.Random(1))
            first = state()
            seed_articles(portal, demo, random.Random(2))
            assert state() == first
            assert all(row[3] for row in first[0])  # every article is live
    with tenant_context(district):
        assert LegalEducationArticlePage.objects.filter(document_number="24/2018/QH14").exists()
        assert UniversalEducationPage.objects.get(achievement="gdth3").area == "thành phố Thủ Dầu Một"
    with tenant_context(school_b):  # mầm non: Luật Trẻ em, universal pre-school education at age 5
        assert LegalEducationArticlePage.objects.filter(document_number="102/2016/QH13").exists()
        pho_cap = UniversalEducationPage.objects.get()
        assert pho_cap.title == "Phổ cập giáo dục mầm non cho trẻ 5 tuổi năm 2025"
        assert pho_cap.area == "thành phố Thủ Dầu Một"  # the test school's address names no ward
    html = portal_client(school_a).get("/kiem-dinh-chat-luong/ket-qua-danh-gia-ngoai-nam-2024/").content.decode()
    assert "<dd>Đạt cấp độ 2</dd>" in html and "Trường THCS Chu Văn An đạt kiểm định" in html
    for path in ("/tuyen-truyen-phap-luat/", "/pho-cap-giao-duc/"):
        assert "Chuyên mục đang được cập nhật" not in portal_client(school_a).get(path).content.decode()


def test_ward_is_taken_from_the_address():
    match = WARD_PATTERN.search(SCHOOLS[1].address)
    assert match.group(0) == "phường Phú Hòa"
