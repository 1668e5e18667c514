"""District staff create, rename and deactivate schools from the district's Wagtail admin."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django_tenants.utils import schema_context, tenant_context
from wagtail.models import Site

from portal.core.receivers import DISTRICT_MANAGERS_GROUP
from tenants.models import Domain, Portal

PASSWORD = "MatKhau@2025"


def make_user(portal, username, *, superuser=False, group=None):
    with tenant_context(portal):
        User = get_user_model()
        if superuser:
            return User.objects.create_superuser(username, f"{username}@ptdm.edu.vn", PASSWORD)
        user = User.objects.create_user(username, f"{username}@ptdm.edu.vn", PASSWORD, is_staff=True)
        if group:
            user.groups.add(Group.objects.get(name=group))
        return user


def logged_in(portal_client, portal, username):
    client = portal_client(portal)
    assert client.post("/admin/login/", {"username": username, "password": PASSWORD}).status_code == 302
    return client


def assert_refused(response):
    """Wagtail turns PermissionDenied into a redirect to the dashboard with an error message."""
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"] == "/admin/"


NEW_ADMIN = {
    "admin_full_name": "Nguyễn Thị Thu Hà",
    "admin_email": "thuha.thhiepthanh@ptdm.edu.vn",
    "admin_username": "quantri",
    "admin_password": "",
}


@pytest.fixture
def district_staff(district, portal_client):
    make_user(district, "chuyenvien", group=DISTRICT_MANAGERS_GROUP)
    return logged_in(portal_client, district, "chuyenvien")


def test_district_staff_sees_and_creates_schools(district_staff):
    page = district_staff.get("/admin/truong-hoc/")
    assert page.status_code == 200
    assert "Trường THCS Chu Văn An" in page.content.decode()
    response = district_staff.post(
        "/admin/truong-hoc/them/",
        {
            "name": "Trường Tiểu học Hiệp Thành",
            "level": "th",
            "ownership": "cong_lap",
            "domain": "",
            "address": "Phường Hiệp Thành",
            "phone": "0274 111 222",
            "email": "thhiepthanh@ptdm.edu.vn",
            **NEW_ADMIN,
        },
    )
    assert response.status_code == 200
    assert "Tài khoản quản trị đầu tiên" in response.content.decode()
    portal = Portal.objects.get(schema_name="thhiepthanhtdm")
    assert portal.primary_hostname == "thhiepthanhtdm.edu.vn"
    assert portal.supervisor_name == district_staff.portal.name
    assert Client(HTTP_HOST="thhiepthanhtdm.edu.vn").get("/").status_code == 200


def test_create_form_shows_vietnamese_errors_and_creates_nothing(district_staff):
    before = Portal.objects.count()
    response = district_staff.post(
        "/admin/truong-hoc/them/",
        {
            "name": "Trường THCS Lỗi",
            "level": "thcs",
            "ownership": "cong_lap",
            "domain": "THCS/Loi.edu.vn",
            "email": "thcsloi@gmail.com",
            **NEW_ADMIN,
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "chỉ được gồm chữ thường" in html
    assert "Không dùng hộp thư cá nhân" in html
    assert Portal.objects.count() == before


def test_rename_moves_domain_and_old_one_redirects(district_staff, school_a):
    response = district_staff.post(
        f"/admin/truong-hoc/{school_a.pk}/",
        {
            "name": "Trường THCS Chu Văn An (cơ sở mới)",
            "level": "thcs",
            "ownership": "cong_lap",
            "domain": "thcschuvananmoitdm.edu.vn",
            "address": "Số 1 Đường 30/4",
            "email": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    school_a.refresh_from_db()
    assert school_a.name == "Trường THCS Chu Văn An (cơ sở mới)"
    assert Domain.objects.get(domain="thcschuvananmoitdm.edu.vn").is_primary
    old = Client(HTTP_HOST="thcschuvanantdm.edu.vn").get("/gioi-thieu/?a=1")
    assert old.status_code == 301
    assert old["Location"] == "http://thcschuvananmoitdm.edu.vn/gioi-thieu/?a=1"
    with tenant_context(school_a):
        assert Site.objects.get().hostname == "thcschuvananmoitdm.edu.vn"
        assert Site.objects.get().site_name == "Trường THCS Chu Văn An (cơ sở mới)"
    new_home = Client(HTTP_HOST="thcschuvananmoitdm.edu.vn").get("/")
    assert "Trường THCS Chu Văn An (cơ sở mới)" in new_home.content.decode()


def test_deactivated_school_answers_503_and_keeps_its_data(district_staff, school_b):
    toggle = f"/admin/truong-hoc/{school_b.pk}/trang-thai/"
    # One click only asks: the list links to a confirmation page, and a POST without the confirmation stops nothing.
    assert f'href="{toggle}"' in district_staff.get("/admin/truong-hoc/").content.decode()
    for asked in (district_staff.get(toggle), district_staff.post(toggle)):
        assert (
            asked.status_code == 200 and "Tạm ngừng cổng thông tin “Trường Mầm non Hoa Sen”?" in asked.content.decode()
        )
    assert Client(HTTP_HOST=school_b.primary_hostname).get("/").status_code == 200
    assert district_staff.post(toggle, {"confirm": "tam-ngung"}).status_code == 302
    response = Client(HTTP_HOST=school_b.primary_hostname).get("/")
    assert response.status_code == 503 and response["Retry-After"] == "3600"
    page = response.content.decode()
    assert response["Content-Type"].startswith("text/html") and '<html lang="vi">' in page
    assert "Cổng thông tin đang tạm ngừng hoạt động" in page and "Trường Mầm non Hoa Sen" in page
    # The supervising body's contacts come from the registry (the district portal's row).
    assert "Phòng Giáo dục và Đào tạo thành phố Thủ Dầu Một" in page
    assert 'href="tel:02743822170"' in page and 'href="mailto:pgddt@ptdm.edu.vn"' in page
    with schema_context("public"):
        assert not Portal.objects.get(pk=school_b.pk).is_active
    assert "Hoa Sen" not in district_staff.get("/", HTTP_HOST=district_staff.portal.primary_hostname).content.decode()
    district_staff.post(toggle)  # reopening needs no confirmation
    assert Client(HTTP_HOST=school_b.primary_hostname).get("/").status_code == 200


def test_school_admin_cannot_manage_schools(school_a, portal_client):
    make_user(school_a, "admintruong", superuser=True)
    client = logged_in(portal_client, school_a, "admintruong")
    assert_refused(client.get("/admin/truong-hoc/"))
    before = Portal.objects.count()
    assert_refused(
        client.post(
            "/admin/truong-hoc/them/", {"name": "Trường THCS Xuân Hòa", "level": "thcs", "ownership": "cong_lap"}
        )
    )
    assert Portal.objects.count() == before
    assert "truong-hoc" not in client.get("/admin/").content.decode()


def test_district_editor_without_permission_cannot_manage_schools(district, portal_client):
    make_user(district, "bientapphong", group="Biên tập viên")
    client = logged_in(portal_client, district, "bientapphong")
    assert_refused(client.get("/admin/truong-hoc/"))
