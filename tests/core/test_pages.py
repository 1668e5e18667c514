"""The public shell, home pages, sections, preview and protection of mandated sections."""

import re
import unicodedata

from django.contrib.auth import get_user_model
from django_tenants.utils import tenant_context
from wagtail.models import Page

from portal.core.models import HomePage, SectionPage
from portal.core.scaffold import section_roots


def test_school_home_has_header_menu_footer_in_vietnamese(school_a, portal_client):
    html = portal_client(school_a).get("/").content.decode()
    assert '<html lang="vi">' in html
    assert "Trường THCS Chu Văn An" in html
    assert 'name="viewport"' in html
    for title in (
        "Giới thiệu",
        "Tin tức - Sự kiện",
        "Văn bản chỉ đạo, quy định",
        "Thủ tục - Biểu mẫu",
        "Công khai",
        "Tuyển sinh",
    ):
        assert title in html
    assert "mailto:thcschuvanan@ptdm.edu.vn" in html
    assert "Số 1 Đường 30/4" in html
    body = re.sub(r'<nav class="system-links.*?</nav>', "", html.split("<body", 1)[1], flags=re.S)  # system links
    assert "https://" not in body.replace("https://thcschuvanantdm.edu.vn", "")


def test_no_external_assets(school_a, portal_client):
    html = portal_client(school_a).get("/").content.decode()
    for marker in ('src="http', 'href="//', "cdn", "googleapis"):
        assert marker not in html


def test_district_home_lists_every_active_school(district, portal_client):
    html = portal_client(district).get("/").content.decode()
    assert "Các cơ sở giáo dục trực thuộc (2)" in html
    assert 'href="http://thcschuvanantdm.edu.vn/"' in html
    assert 'href="http://mnhoasentdm.edu.vn/"' in html


def test_district_home_links_to_dev_hosts_when_browsing_locally(district):
    from django.test import Client

    html = Client(HTTP_HOST="tptdm.localhost:8000").get("/").content.decode()
    assert 'href="http://thcschuvanantdm.localhost:8000/"' in html


def test_section_page_renders_with_breadcrumbs(school_b, portal_client):
    html = portal_client(school_b).get("/cong-khai/").content.decode()
    assert "<h1>Công khai</h1>" in html
    assert 'aria-label="Đường dẫn"' in html
    assert "Thông tư 09/2024/TT-BGDĐT" in html


def test_robots_and_sitemap_use_the_portal_domain(school_a, portal_client):
    client = portal_client(school_a)
    robots = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://thcschuvanantdm.edu.vn/sitemap.xml" in robots
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://thcschuvanantdm.edu.vn/gioi-thieu/</loc>" in sitemap


def test_text_is_nfc_normalized_on_save(school_a):
    nfd_title = unicodedata.normalize("NFD", "Thông báo nghỉ học")
    with tenant_context(school_a):
        home = HomePage.objects.get()
        page = SectionPage(title=nfd_title, slug="thong-bao-nghi", body=unicodedata.normalize("NFD", "<p>Ngày học</p>"))
        home.add_child(instance=page)
        page.refresh_from_db()
        assert page.title == "Thông báo nghỉ học"
        assert unicodedata.is_normalized("NFC", page.body)


def test_preview_renders_in_the_schools_own_schema(school_a, school_b):
    with tenant_context(school_b):
        home = HomePage.objects.get()
        page = SectionPage(title="Trang của Hoa Sen", slug="trang-hoa-sen", body="<p>Nội dung Hoa Sen</p>")
        home.add_child(instance=page)
    with tenant_context(school_a):
        home = HomePage.objects.get()
        page = SectionPage(title="Bản nháp Chu Văn An", slug="ban-nhap", body="<p>Nội dung xem trước</p>")
        home.add_child(instance=page)
        request = page.make_preview_request()
        html = request.content.decode() if hasattr(request, "content") else request.rendered_content
    assert "Bản nháp Chu Văn An" in html
    assert "Trường THCS Chu Văn An" in html
    assert "Hoa Sen" not in html


def test_mandated_section_cannot_be_deleted_in_admin(school_a, portal_client):
    with tenant_context(school_a):
        get_user_model().objects.create_superuser("qtv", "qtv@ptdm.edu.vn", "MatKhau@2025")
        section = section_roots(HomePage.objects.get())["van-ban"]
        home = HomePage.objects.get()
        extra = SectionPage(title="Góc học tập", slug="goc-hoc-tap")
        home.add_child(instance=extra)
    client = portal_client(school_a)
    client.post("/admin/login/", {"username": "qtv", "password": "MatKhau@2025"})
    response = client.post(f"/admin/pages/{section.pk}/delete/")
    assert response.status_code == 302
    with tenant_context(school_a):
        assert Page.objects.filter(pk=section.pk).exists()
    # An ordinary page can still be deleted, and the home page cannot.
    client.post(f"/admin/pages/{extra.pk}/delete/")
    client.post(f"/admin/pages/{home.pk}/delete/")
    with tenant_context(school_a):
        assert not SectionPage.objects.filter(pk=extra.pk).exists()
        assert HomePage.objects.filter(pk=home.pk).exists()


def test_admin_is_in_vietnamese(school_a, portal_client):
    with tenant_context(school_a):
        get_user_model().objects.create_superuser("thuky", "thuky@ptdm.edu.vn", "MatKhau@2025")
    client = portal_client(school_a)
    html = client.get("/admin/login/").content.decode()
    assert 'lang="vi"' in html
    assert "Đăng nhập" in html
    client.post("/admin/login/", {"username": "thuky", "password": "MatKhau@2025"})
    dashboard = client.get("/admin/").content.decode()
    assert "Trang tổng quan" in dashboard
    with tenant_context(school_a):
        home_pk = HomePage.objects.get().pk
    editor = client.get(f"/admin/pages/{home_pk}/edit/").content.decode()
    for label in ("Lưu bản nháp", "Xuất bản"):
        assert label in editor


def test_vietnamese_slugs_are_folded_to_ascii(school_a):
    with tenant_context(school_a):
        home = HomePage.objects.get()
        page = SectionPage(title="Học sinh giỏi", slug="học-sinh-giỏi-đạt-giải")
        home.add_child(instance=page)
        page.refresh_from_db()
        assert page.slug == "hoc-sinh-gioi-dat-giai"
        assert page.url_path.endswith("/hoc-sinh-gioi-dat-giai/")


def test_admin_shows_no_gravatar(school_a, portal_client):
    with tenant_context(school_a):
        get_user_model().objects.create_superuser("anhdaidien", "ad@ptdm.edu.vn", "MatKhau@2025")
    client = portal_client(school_a)
    client.post("/admin/login/", {"username": "anhdaidien", "password": "MatKhau@2025"})
    assert "gravatar" not in client.get("/admin/").content.decode()
