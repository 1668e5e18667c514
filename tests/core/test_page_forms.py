"""The shared page form: slug clashes answered in Vietnamese (never a 500), no autosave (issue 22 item 4)."""

import html

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.utils import timezone
from django_tenants.utils import tenant_context
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from portal.news.models import NewsArticlePage, NewsIndexPage


@pytest.fixture
def editor(school_a, portal_client):
    with tenant_context(school_a):
        user = get_user_model().objects.create_superuser("bbt", "bbt@ptdm.edu.vn", "MatKhau@2025")
        index = NewsIndexPage.objects.get(section_key="tin-tuc")
        existing = NewsArticlePage(title="Tin mới", slug="tin-moi", date=timezone.localdate(), summary="Có rồi.")
        index.add_child(instance=existing)
        existing.save_revision().publish()
        client = portal_client(school_a)
        client.force_login(user)
    return client, index


def article(title, slug):
    data = nested_form_data({
        "title": title,
        "slug": slug,
        "date": "16/10/2026",
        "summary": "Tóm tắt.",
        "body": streamfield([("paragraph", rich_text("<p>Nội dung.</p>"))]),
        "author": "",
        "related_links": inline_formset([]),
    })  # fmt: skip
    data["action-publish"] = "action-publish"
    return data


@pytest.mark.parametrize("slug", ["tin-mới", "tin-moi"])
def test_a_slug_clash_is_a_vietnamese_form_error_not_a_500(editor, school_a, slug):
    client, index = editor
    response = client.post(f"/admin/pages/add/news/newsarticlepage/{index.pk}/", article("Tin mới", slug))
    assert response.status_code == 200
    text = html.unescape(response.content.decode())
    assert "Đường dẫn “tin-moi” đã được dùng cho trang “Tin mới”" in text
    assert "Hãy đổi tiêu đề hoặc sửa ô “Đường dẫn” ở thẻ “Quảng bá”" in text
    assert "already in use" not in text
    with tenant_context(school_a):
        assert NewsArticlePage.objects.filter(title="Tin mới").count() == 1


def test_a_unicode_slug_is_folded_and_saved(editor, school_a):
    client, index = editor
    response = client.post(f"/admin/pages/add/news/newsarticlepage/{index.pk}/", article("Tin mới hơn", "tin-mới-hơn"))
    assert response.status_code == 302
    with tenant_context(school_a):
        assert NewsArticlePage.objects.get(title="Tin mới hơn").slug == "tin-moi-hon"


def test_editing_keeps_its_own_slug(editor, school_a):
    client, index = editor
    with tenant_context(school_a):
        page = NewsArticlePage.objects.get(slug="tin-moi")
    data = article("Tin mới (sửa)", "tin-moi")
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:2000]


def test_the_page_editor_has_no_autosave(editor):
    """Autosave made hidden drafts, "Đã lưu bản nháp" history entries and false "ghi đè" warnings."""
    client, index = editor
    response = client.get(f"/admin/pages/add/news/newsarticlepage/{index.pk}/")
    assert response.status_code == 200
    form = BeautifulSoup(response.content, "html.parser").find("form", id="page-edit-form")
    assert "w-unsaved" in form["data-controller"]
    assert "w-autosave" not in form["data-controller"] and not form.has_attr("data-w-autosave-interval-value")
