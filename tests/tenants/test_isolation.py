"""Tenant isolation: pages, accounts, media, documents, cache and hosts of one school never leak."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import connection
from django.test import Client
from django_tenants.utils import tenant_context
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page

from portal.core.models import HomePage, SectionPage


def add_page(portal, title, slug):
    with tenant_context(portal):
        home = HomePage.objects.get()
        page = SectionPage(title=title, slug=slug, body=f"<p>{title} – nội dung riêng</p>")
        home.add_child(instance=page)
        page.save_revision().publish()
        return page.pk, page.url_path


def align_page_ids(*portals):
    """Make the next page id equal in every portal (sequences are not rolled back between tests)."""
    values = []
    for portal in portals:
        with tenant_context(portal), connection.cursor() as cursor:
            cursor.execute("SELECT last_value FROM wagtailcore_page_id_seq")
            values.append(cursor.fetchone()[0])
    for portal in portals:
        with tenant_context(portal), connection.cursor() as cursor:
            cursor.execute("SELECT setval('wagtailcore_page_id_seq', %s)", [max(values)])


def test_page_of_one_school_is_never_served_at_another(school_a, school_b, portal_client):
    align_page_ids(school_a, school_b)
    pk_a, _ = add_page(school_a, "Lễ khai giảng Chu Văn An", "le-khai-giang")
    pk_b, _ = add_page(school_b, "Bé vui đến trường Hoa Sen", "be-vui-den-truong")
    # Both schools were cloned from one template, so their page ids coincide.
    assert pk_a == pk_b

    a, b = portal_client(school_a), portal_client(school_b)
    response = a.get("/le-khai-giang/")
    assert response.status_code == 200
    assert "Lễ khai giảng Chu Văn An" in response.content.decode()
    assert b.get("/le-khai-giang/").status_code == 404
    page_b = b.get("/be-vui-den-truong/").content.decode()
    assert "Bé vui đến trường Hoa Sen" in page_b and "Chu Văn An" not in page_b
    # Not listed in the other school's menu, home or sitemap.
    assert "le-khai-giang" not in b.get("/").content.decode()
    assert "le-khai-giang" not in b.get("/sitemap.xml").content.decode()
    assert "le-khai-giang" in a.get("/sitemap.xml").content.decode()


def test_page_of_one_school_is_not_searchable_at_another(school_a, school_b):
    add_page(school_a, "Hội thi giáo viên dạy giỏi cấp trường", "hoi-thi-gvdg")
    with tenant_context(school_b):
        assert not Page.objects.live().search("giáo viên dạy giỏi").results()
    with tenant_context(school_a):
        assert [p.title for p in Page.objects.live().search("giáo viên dạy giỏi")] == [
            "Hội thi giáo viên dạy giỏi cấp trường"
        ]


def test_account_of_one_school_cannot_log_into_another(school_a, school_b, portal_client):
    with tenant_context(school_a):
        get_user_model().objects.create_superuser("hieutruong", "ht@ptdm.edu.vn", "MatKhau@2025")
    credentials = {"username": "hieutruong", "password": "MatKhau@2025"}
    a, b = portal_client(school_a), portal_client(school_b)
    assert a.post("/admin/login/", credentials).status_code == 302
    assert a.get("/admin/").status_code == 200
    response = b.post("/admin/login/", credentials)
    assert response.status_code == 200  # the form again, with an error
    assert b.get("/admin/").status_code == 302  # still sent to the login page


def test_session_of_one_school_is_not_valid_at_another(school_a, school_b, portal_client):
    with tenant_context(school_a):
        get_user_model().objects.create_superuser("quantri", "qt@ptdm.edu.vn", "MatKhau@2025")
    a = portal_client(school_a)
    a.post("/admin/login/", {"username": "quantri", "password": "MatKhau@2025"})
    assert a.get("/admin/").status_code == 200
    # Replaying the session cookie against the other school's host.
    stolen = Client(HTTP_HOST=school_b.primary_hostname)
    stolen.cookies = a.cookies
    assert stolen.get("/admin/").status_code == 302


def _png_bytes():
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def test_media_of_one_school_is_not_served_at_another(school_a, school_b, portal_client):
    with tenant_context(school_a):
        image = Image(title="Ảnh khai giảng")
        image.file = ImageFile(io.BytesIO(_png_bytes()), name="khai-giang.png")
        image.save()
        url = image.file.url
        document = Document(title="Kế hoạch năm học")
        document.file.save("ke-hoach.pdf", ContentFile(b"%PDF-1.4 ke hoach"), save=True)
        doc_url = document.url  # the stored name may carry a suffix if the file name was taken
    assert url.startswith("/media/thcschuvanantdm/")
    a, b = portal_client(school_a), portal_client(school_b)
    assert a.get(url).status_code == 200
    assert b.get(url).status_code == 404
    # Rewriting the schema part of the path to the other school's name does not help either.
    assert b.get(url.replace("thcschuvanantdm", "mnhoasentdm")).status_code == 404
    assert b.get("/media/mnhoasentdm/../thcschuvanantdm/" + url.split("/", 3)[3]).status_code == 404
    assert a.get(doc_url).status_code == 200
    assert b.get(doc_url).status_code == 404


def test_cache_entries_are_per_school(school_a, school_b):
    with tenant_context(school_a):
        cache.set("menu", "menu của Chu Văn An")
    with tenant_context(school_b):
        assert cache.get("menu") is None
        cache.set("menu", "menu của Hoa Sen")
    with tenant_context(school_a):
        assert cache.get("menu") == "menu của Chu Văn An"
    connection.set_schema_to_public()


@pytest.mark.parametrize(
    "host", ["unknown.edu.vn", "tenanttemplate.localhost", "public.localhost", "tptdm.edu.vn.evil.localhost"]
)
def test_unknown_hosts_get_a_plain_404(db, host):
    response = Client(HTTP_HOST=host).get("/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/plain")
    assert "Không tìm thấy cổng thông tin" in response.content.decode()


@pytest.mark.parametrize(
    "host",
    ["evil.com", "thcschuvanantdm.edu.vn@evil.com", "a b.edu.vn", "x.edu.vn:abc", "tenant_template.localhost"],
)
def test_forged_hosts_are_refused(db, host):
    response = Client(HTTP_HOST=host).get("/")
    assert response.status_code in (400, 404)
    assert "Chu Văn An" not in response.content.decode()
