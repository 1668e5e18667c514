"""Published news and notices are projected into the public schema, per portal, and withdrawn again."""

import datetime

from django.utils import timezone
from django_tenants.utils import schema_context, tenant_context
from news_helpers import make_article, make_event, make_image, make_notice
from wagtail.models import PageViewRestriction

from tenants.models import PublishedItem
from tenants.projections import latest


def rows(portal, kind="news"):
    with schema_context("public"):
        return list(PublishedItem.objects.filter(portal=portal, kind=kind).order_by("-published_at"))


def test_publish_records_the_item_on_the_portals_own_domain(school_a, django_capture_on_commit_callbacks):
    with tenant_context(school_a), django_capture_on_commit_callbacks(execute=True):
        page = make_article(
            "Lễ khai giảng",
            slug="le-khai-giang",
            date=datetime.date(2026, 9, 5),
            summary="Học sinh tựu trường.",
            featured_image=make_image(),
        )
    [item] = rows(school_a)
    assert (item.object_id, item.title, item.summary) == (page.pk, "Lễ khai giảng", "Học sinh tựu trường.")
    assert item.path == "/tin-tuc/le-khai-giang/"
    assert item.url_for() == "http://thcschuvanantdm.edu.vn/tin-tuc/le-khai-giang/"
    assert item.image_path.startswith("/media/thcschuvanantdm/images/")
    assert item.image_path.endswith(".webp")
    assert timezone.localtime(item.published_at).date() == datetime.date(2026, 9, 5)


def test_events_and_notices_are_projected_with_their_kind(school_b, django_capture_on_commit_callbacks):
    with tenant_context(school_b), django_capture_on_commit_callbacks(execute=True):
        make_event("Hội thao", slug="hoi-thao")
        make_notice("Thông báo nghỉ học", slug="nghi-hoc")
    assert [item.title for item in rows(school_b, "news")] == ["Hội thao"]
    assert [item.title for item in rows(school_b, "notice")] == ["Thông báo nghỉ học"]
    assert rows(school_b, "notice")[0].url_for() == "http://mnhoasentdm.edu.vn/thong-bao/nghi-hoc/"


def test_update_unpublish_and_delete_keep_the_projection_current(school_a, django_capture_on_commit_callbacks):
    with tenant_context(school_a), django_capture_on_commit_callbacks(execute=True):
        page = make_article("Tin cũ", slug="tin-cu")
        page.title = "Tin đã sửa"
        page.save_revision().publish()
    assert [item.title for item in rows(school_a)] == ["Tin đã sửa"]
    with tenant_context(school_a), django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert rows(school_a) == []
    with tenant_context(school_a), django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert len(rows(school_a)) == 1
    with tenant_context(school_a), django_capture_on_commit_callbacks(execute=True):
        page.delete()
    assert rows(school_a) == []


def test_slug_change_and_privacy_update_the_projection(school_a, django_capture_on_commit_callbacks):
    with tenant_context(school_a), django_capture_on_commit_callbacks(execute=True):
        page = make_article("Tin đổi địa chỉ", slug="tin-a")
        page.slug = "tin-b"
        page.save_revision().publish()
    assert rows(school_a)[0].path == "/tin-tuc/tin-b/"
    with tenant_context(school_a), django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert rows(school_a) == []  # a private page is not announced on the district's front page


def test_two_schools_are_isolated(school_a, school_b, district, portal_client, django_capture_on_commit_callbacks):
    with tenant_context(school_a), django_capture_on_commit_callbacks(execute=True):
        make_article("Tin của Chu Văn An", slug="tin-chu-van-an")
    with tenant_context(school_b), django_capture_on_commit_callbacks(execute=True):
        make_article("Tin của Hoa Sen", slug="tin-hoa-sen")
    with tenant_context(district), django_capture_on_commit_callbacks(execute=True):
        make_article("Tin của Phòng", slug="tin-cua-phong")
    assert [item.title for item in rows(school_a)] == ["Tin của Chu Văn An"]
    assert [item.title for item in rows(school_b)] == ["Tin của Hoa Sen"]
    with schema_context("public"):
        assert {item.title for item in latest("news", schools_only=True)} == {"Tin của Chu Văn An", "Tin của Hoa Sen"}
    # A school's home never shows another school's news.
    html_a = portal_client(school_a).get("/").content.decode()
    assert "Tin của Chu Văn An" in html_a and "Tin của Hoa Sen" not in html_a and "Tin của Phòng" not in html_a
    html_b = portal_client(school_b).get("/").content.decode()
    assert "Tin của Hoa Sen" in html_b and "Tin của Chu Văn An" not in html_b
    # Withdrawing in school B leaves school A's row alone, even with the same page id.
    with tenant_context(school_b), django_capture_on_commit_callbacks(execute=True):
        from portal.news.models import NewsArticlePage

        NewsArticlePage.objects.get(slug="tin-hoa-sen").unpublish()
    assert rows(school_b) == [] and len(rows(school_a)) == 1


def test_template_schema_projects_nothing(db, django_capture_on_commit_callbacks):
    from tenants.models import Portal

    with schema_context("public"):
        template = Portal.objects.get(kind=Portal.Kind.TEMPLATE)
    with tenant_context(template), django_capture_on_commit_callbacks(execute=True):
        make_article("Tin trong lược đồ mẫu", slug="mau")
    with schema_context("public"):
        assert not PublishedItem.objects.filter(portal=template).exists()
