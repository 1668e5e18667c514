"""The admin in Vietnamese for a school's editors (issue 22 item 10): shortcuts, drafts, guide, names."""

import html
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from django_tenants.utils import tenant_context
from wagtail.models import Collection, Page

from portal.core.scaffold import GROUP_NAMES, ROOT_COLLECTION_NAME, ROOT_PAGE_TITLE
from portal.news.models import NewsArticlePage, NewsIndexPage, NoticeIndexPage


@pytest.fixture
def editor(school_a, portal_client):
    """A member of "Biên tập viên" with a draft of her own and one of someone else."""
    with tenant_context(school_a):
        user = get_user_model().objects.create_user("bientap1", "bientap1@ptdm.edu.vn", "MatKhau@2025")
        user.groups.add(Group.objects.get(name=GROUP_NAMES["Editors"]))
        other = get_user_model().objects.create_user("bientap2", "bientap2@ptdm.edu.vn", "MatKhau@2025")
        index = NewsIndexPage.objects.get(section_key="tin-tuc")
        for title, author in (("Bản nháp hội thi", user), ("Bản nháp của người khác", other)):
            page = NewsArticlePage(
                title=title, slug=title[-6:].replace(" ", "-"), date=timezone.localdate(), live=False
            )
            index.add_child(instance=page)
            page.save_revision(user=author)
        client = portal_client(school_a)
        client.force_login(user)
    return client


def test_dashboard_offers_daily_shortcuts_and_own_drafts(school_a, editor):
    page = html.unescape(editor.get("/admin/").content.decode())
    panel = page.split('id="viec-hang-ngay-section"', 1)[1].split("</section>", 1)[0]
    with tenant_context(school_a):
        news = NewsIndexPage.objects.get(section_key="tin-tuc").pk
        notices = NoticeIndexPage.objects.get(section_key="thong-bao").pk
        documents = Page.objects.get(depth=3, slug="van-ban").pk
    assert f'href="/admin/pages/add/news/newsarticlepage/{news}/">' in panel
    assert f'href="/admin/pages/add/news/noticepage/{notices}/">' in panel
    assert f'href="/admin/pages/add/documents/legaldocumentpage/{documents}/">' in panel
    for label in ("Viết tin", "Thêm thông báo", "Thêm văn bản"):
        assert label in panel
    assert "Bản nháp hội thi" in panel and "Bản nháp của người khác" not in panel
    assert (
        page.index('id="viec-hang-ngay"') < page.index("Đang chờ bạn duyệt") if "Đang chờ bạn duyệt" in page else True
    )


def test_every_shortcut_opens_the_add_form(editor):
    panel = editor.get("/admin/").content.decode().split('id="viec-hang-ngay-section"', 1)[1].split("</section>", 1)[0]
    urls = re.findall(r'href="(/admin/pages/add/[^"]+)"', panel)
    assert len(urls) == 3
    for url in urls:
        assert editor.get(url).status_code == 200, url


def test_help_menu_links_the_vietnamese_guide(editor):
    page = html.unescape(editor.get("/admin/").content.decode())
    assert "/admin/huong-dan/" in page and "guide.wagtail.org" not in page
    guide = editor.get("/admin/huong-dan/")
    assert guide.status_code == 200
    text = guide.content.decode()
    assert "Viết tin tức, sự kiện" in text and "Phê duyệt và xuất bản" in text


def test_admin_is_titled_with_the_portal_and_has_no_root(school_a, editor):
    page = editor.get("/admin/pages/").content.decode()
    assert re.search(r"<title>[^<]* - Trường THCS Chu Văn An</title>", page)
    assert ROOT_PAGE_TITLE in page and ">Root<" not in page
    assert "css/admin.css" in page
    with tenant_context(school_a):
        assert Page.objects.get(depth=1).title == ROOT_PAGE_TITLE
        assert Collection.objects.get(depth=1).name == ROOT_COLLECTION_NAME


def test_login_page_names_the_portal(school_a, portal_client):
    page = portal_client(school_a).get("/admin/login/").content.decode()
    assert "Đăng nhập quản trị Trường THCS Chu Văn An" in page
