"""Creating every news page type through the Wagtail admin, with Vietnamese validation errors."""

import datetime

from django_tenants.utils import tenant_context
from news_helpers import home, make_article, make_image, news_index, notice_index
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from portal.news.models import EventPage, NewsArticlePage, NewsCategory, NewsIndexPage, NoticeIndexPage, NoticePage


def add_url(model, parent):
    return f"/admin/pages/add/news/{model._meta.model_name}/{parent.pk}/"


def post_page(client, model, parent, data):
    payload = nested_form_data(data)
    payload["action-publish"] = "action-publish"
    return client.post(add_url(model, parent), payload)


def article_data(**overrides):
    data = {
        "title": "Hội thi giáo viên dạy giỏi cấp trường",
        "slug": "hoi-thi-giao-vien-day-gioi",
        "date": "16/10/2026",
        "summary": "Hội thi thu hút 24 giáo viên tham gia.",
        "body": streamfield(
            [
                ("heading", "Kết quả"),
                ("paragraph", rich_text("<p>Ban giám khảo đánh giá cao các tiết dạy.</p>")),
                ("quote", {"text": "Dạy tốt, học tốt.", "source": ""}),
            ]
        ),
        "author": "Tổ Toán",
        "related_links": inline_formset([]),
    }
    data.update(overrides)
    return data


def test_create_article_with_category_image_and_related_link(school_a, superuser_client):
    with tenant_context(school_a):
        category = NewsCategory.objects.create(name="Hoạt động chuyên môn")
        image = make_image()
        other = make_article("Tập huấn chuyển đổi số")
        index = news_index()
    client = superuser_client(school_a)
    response = post_page(
        client,
        NewsArticlePage,
        index,
        article_data(
            category=str(category.pk),
            featured_image=str(image.pk),
            related_links=inline_formset([{"related_page": str(other.pk)}]),
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    with tenant_context(school_a):
        page = NewsArticlePage.objects.get(slug="hoi-thi-giao-vien-day-gioi")
        assert page.live and page.get_parent().pk == index.pk
        assert page.date == datetime.date(2026, 10, 16)
        assert (page.category, page.featured_image, page.author) == (category, image, "Tổ Toán")
        assert [block.block_type for block in page.body] == ["heading", "paragraph", "quote"]
        assert [link.related_page_id for link in page.related_links.all()] == [other.pk]
    html = client.get("/tin-tuc/hoi-thi-giao-vien-day-gioi/").content.decode()
    assert "Tin liên quan" in html and "Tập huấn chuyển đổi số" in html


def test_reposted_article_without_source_is_refused_in_vietnamese(school_a, superuser_client):
    with tenant_context(school_a):
        index = news_index()
    client = superuser_client(school_a)
    response = post_page(client, NewsArticlePage, index, article_data(is_reposted="on", author=""))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Tin đăng lại phải ghi rõ nguồn thông tin" in html
    assert "Tin đăng lại phải ghi rõ tác giả" in html
    with tenant_context(school_a):
        assert not NewsArticlePage.objects.filter(slug="hoi-thi-giao-vien-day-gioi").exists()
    ok = post_page(
        client,
        NewsArticlePage,
        index,
        article_data(is_reposted="on", source="Cổng thông tin Bộ GD&ĐT", source_url="https://moet.gov.vn/"),
    )
    assert ok.status_code == 302


def test_create_event_and_refuse_end_before_start(school_b, superuser_client):
    with tenant_context(school_b):
        index = news_index()
    client = superuser_client(school_b)
    data = {
        "title": "Hội nghị viên chức năm học 2026-2027",
        "slug": "hoi-nghi-vien-chuc",
        "date": "28/09/2026",
        "start_at": "03/10/2026 07:30",
        "end_at": "03/10/2026 07:00",
        "place": "Hội trường nhà trường",
        "organiser": "Công đoàn nhà trường",
        "body": streamfield([("paragraph", rich_text("<p>Toàn thể viên chức tham dự.</p>"))]),
        "related_links": inline_formset([]),
    }
    refused = post_page(client, EventPage, index, data)
    assert refused.status_code == 200
    assert "Thời gian kết thúc phải sau hoặc bằng thời gian bắt đầu." in refused.content.decode()
    with tenant_context(school_b):
        assert not EventPage.objects.exists()
    data["end_at"] = "03/10/2026 11:00"
    assert post_page(client, EventPage, index, data).status_code == 302
    with tenant_context(school_b):
        event = EventPage.objects.get(slug="hoi-nghi-vien-chuc")
        assert event.live and event.place == "Hội trường nhà trường"
        assert event.end_at - event.start_at == datetime.timedelta(hours=3, minutes=30)


def test_create_notice_and_refuse_pin_ending_before_its_date(school_a, superuser_client):
    with tenant_context(school_a):
        index = notice_index()
    client = superuser_client(school_a)
    data = {
        "title": "Thông báo họp cha mẹ học sinh",
        "slug": "hop-cha-me-hoc-sinh",
        "date": "10/09/2026",
        "pinned_until": "01/09/2026",
        "body": streamfield([("paragraph", rich_text("<p>Họp lúc 7 giờ 30.</p>"))]),
    }
    refused = post_page(client, NoticePage, index, data)
    assert "Ngày hết ghim phải sau hoặc bằng ngày đăng thông báo." in refused.content.decode()
    data["pinned_until"] = "20/09/2026"
    assert post_page(client, NoticePage, index, data).status_code == 302
    with tenant_context(school_a):
        notice = NoticePage.objects.get(slug="hop-cha-me-hoc-sinh")
        assert notice.pinned_until == datetime.date(2026, 9, 20) and notice.live


def test_create_index_pages_under_home(school_b, superuser_client):
    with tenant_context(school_b):
        root = home()
    client = superuser_client(school_b)
    for model, slug in ((NewsIndexPage, "tin-chuyen-mon"), (NoticeIndexPage, "thong-bao-noi-bo")):
        response = post_page(client, model, root, {"title": "Chuyên mục phụ", "slug": slug, "intro": rich_text("")})
        assert response.status_code == 302
    with tenant_context(school_b):
        assert NewsIndexPage.objects.filter(slug="tin-chuyen-mon", section_key="").exists()
        assert NoticeIndexPage.objects.filter(slug="thong-bao-noi-bo").exists()


def test_articles_cannot_be_added_outside_the_news_section(school_a, superuser_client):
    with tenant_context(school_a):
        root = home()
        notices = notice_index()
        news_index_pk = news_index().pk
    client = superuser_client(school_a)
    for model, parent in ((NewsArticlePage, root), (EventPage, notices), (NoticePage, root)):
        response = client.get(add_url(model, parent))
        # Wagtail refuses with "permission denied": a redirect to the dashboard.
        assert (response.status_code, response.get("Location")) == (302, "/admin/")
        allowed = client.get(f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{news_index_pk}/")
        assert allowed.status_code == (200 if model is not NoticePage else 302)
    with tenant_context(school_a):
        assert not Page.objects.filter(slug="hoi-thi-giao-vien-day-gioi").exists()


def test_category_snippet_gets_an_ascii_slug(school_a, superuser_client):
    client = superuser_client(school_a)
    response = client.post(
        "/admin/snippets/news/newscategory/add/", {"name": "Hoạt động ngoại khóa", "slug": "", "sort_order": "1"}
    )
    assert response.status_code == 302
    with tenant_context(school_a):
        assert NewsCategory.objects.get(name="Hoạt động ngoại khóa").slug == "hoat-dong-ngoai-khoa"
    menu = client.get("/admin/").content.decode()
    assert "Chuyên mục tin" in menu
