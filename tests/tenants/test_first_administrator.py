"""A school created by the district comes with an administrator who can log in, and must change the
password the district handed over before using the admin; the district sees who holds the account."""

import html as html_module
import re
from html.parser import HTMLParser

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django_tenants.utils import tenant_context
from test_admin_schools import NEW_ADMIN, district_staff  # noqa: F401  (fixture)

from tenants.accounts import generate_password
from tenants.models import Portal, PortalAdministrator

SCHOOL = {
    "name": "Trường Tiểu học Phú Thọ",
    "level": "th",
    "ownership": "cong_lap",
    "domain": "",
    "address": "Phường Phú Thọ",
    "phone": "",
    "email": "",
}


def shown(html, marker):
    match = re.search(rf"<code {marker}>([^<]+)</code>", html)
    return html_module.unescape(match.group(1)) if match else None


class _FormValues(HTMLParser):
    """What a browser submits from the page's forms: inputs with their values, checked boxes, selections."""

    def __init__(self):
        super().__init__()
        self.values, self._select = {}, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in ("submit", "button", "file"):
            if attrs.get("type") in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.values[name] = attrs.get("value", "on" if attrs.get("type") == "checkbox" else "")
        elif tag == "select":
            self._select = name
        elif tag == "option" and self._select and ("selected" in attrs or self._select not in self.values):
            self.values[self._select] = attrs.get("value", "")

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None


def form_values(page):
    parser = _FormValues()
    parser.feed(page)
    return {k: v for k, v in parser.values.items() if k != "csrfmiddlewaretoken"}


def test_officer_creates_a_school_and_its_administrator_logs_in_and_must_change_the_password(district_staff):  # noqa: F811
    response = district_staff.post("/admin/truong-hoc/them/", {**SCHOOL, **NEW_ADMIN})
    html = response.content.decode()
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    username, password = shown(html, "data-admin-username"), shown(html, "data-admin-password")
    assert username == "quantri" and password and len(password) >= 16
    assert "chỉ hiển thị một lần" in html
    portal = Portal.objects.get(schema_name="thphuthotdm")
    record = PortalAdministrator.objects.get(portal=portal)
    assert (record.full_name, record.email, record.created_by) == (
        "Nguyễn Thị Thu Hà",
        NEW_ADMIN["admin_email"],
        "chuyenvien",
    )
    assert record.must_change_password and password not in record.initial_password_hash

    # The district sees who holds the account, in the list and on the school's page.
    listing = district_staff.get("/admin/truong-hoc/").content.decode()
    assert "Nguyễn Thị Thu Hà" in listing and "chưa đổi mật khẩu ban đầu" in listing

    school = Client(HTTP_HOST="thphuthotdm.edu.vn")
    assert school.post("/admin/login/", {"username": username, "password": password}).status_code == 302
    forced = school.get("/admin/", follow=True)
    assert forced.redirect_chain[-1][0] == "/admin/account/"
    assert "Vui lòng đặt mật khẩu mới" in forced.content.decode()
    assert school.get("/admin/pages/").status_code == 302  # every admin page leads back there
    # ...but a script's fetch is refused, not redirected (the account page would be pasted into the page).
    assert school.get("/admin/pages/", HTTP_SEC_FETCH_MODE="cors").status_code == 403

    new_password = "Hoa-Phuong@2026-do"
    fields = form_values(forced.content.decode())
    fields.update(
        {
            "password-old_password": password,
            "password-new_password1": new_password,
            "password-new_password2": new_password,
        }
    )
    changed = school.post("/admin/account/", fields, follow=True)
    assert changed.redirect_chain, re.findall(r"(?s)error-message[^>]*>(.*?)</", changed.content.decode())
    assert changed.redirect_chain[-1][0] == "/admin/"
    assert "Đã đổi mật khẩu" in changed.content.decode()
    assert school.get("/admin/pages/").status_code == 200
    record.refresh_from_db()
    assert not record.must_change_password and record.password_changed_at is not None
    page = district_staff.get(f"/admin/truong-hoc/{portal.pk}/").content.decode()
    assert "Đã đổi" in page and NEW_ADMIN["admin_email"] in page

    # The new password works at the next login, and is not asked for again.
    again = Client(HTTP_HOST="thphuthotdm.edu.vn")
    assert again.post("/admin/login/", {"username": username, "password": new_password}).status_code == 302
    assert again.get("/admin/pages/").status_code == 200


def test_officer_may_set_the_password_and_bad_values_get_vietnamese_errors(district_staff):  # noqa: F811
    before = Portal.objects.count()
    bad = district_staff.post(
        "/admin/truong-hoc/them/",
        {**SCHOOL, **NEW_ADMIN, "admin_username": "Quản trị", "admin_password": "12345678", "admin_email": "x"},
    )
    html = bad.content.decode()
    assert bad.status_code == 200 and Portal.objects.count() == before
    assert "Tên đăng nhập “quản trị” không hợp lệ" in html
    assert "Vui lòng nhập địa chỉ thư điện tử liên hệ hợp lệ" in html
    assert "Mật khẩu này quá phổ biến" in html
    chosen = district_staff.post(
        "/admin/truong-hoc/them/", {**SCHOOL, **NEW_ADMIN, "admin_password": "Phu-Tho@2026-truong"}
    )
    assert chosen.status_code == 200
    assert shown(chosen.content.decode(), "data-admin-password") is None  # the officer knows it
    school = Client(HTTP_HOST="thphuthotdm.edu.vn")
    assert school.post("/admin/login/", {"username": "quantri", "password": "Phu-Tho@2026-truong"}).status_code == 302
    assert school.get("/admin/").url == "/admin/account/"


def test_the_account_exists_only_in_the_new_school(district_staff, school_a):  # noqa: F811
    district_staff.post("/admin/truong-hoc/them/", {**SCHOOL, **NEW_ADMIN, "admin_password": "Phu-Tho@2026-truong"})
    with tenant_context(school_a):
        assert not get_user_model().objects.filter(username="quantri").exists()
    other = Client(HTTP_HOST=school_a.primary_hostname)
    assert other.post("/admin/login/", {"username": "quantri", "password": "Phu-Tho@2026-truong"}).status_code == 200


def test_generated_passwords_are_strong_and_differ():
    passwords = {generate_password() for _ in range(50)}
    assert len(passwords) == 50
    for password in passwords:
        assert len(password) == 16
        assert re.search(r"[A-Z]", password) and re.search(r"[a-z]", password)
        assert re.search(r"[2-9]", password) and re.search(r"[@#$%&*+=?]", password)


def test_create_school_command_creates_the_administrator(db, capsys):
    call_command(
        "create_school",
        "Trường Mầm non Sơn Ca",
        "--level",
        "mn",
        "--admin-username",
        "quantri",
        "--admin-name",
        "Lê Văn Bình",
        "--admin-email",
        "binh.mnsonca@ptdm.edu.vn",
    )
    out = capsys.readouterr().out
    password = re.search(r"Mật khẩu ban đầu: (\S+)", out).group(1)
    portal = Portal.objects.get(schema_name="mnsoncatdm")
    assert PortalAdministrator.objects.get(portal=portal).full_name == "Lê Văn Bình"
    with tenant_context(portal):
        assert get_user_model().objects.get(username="quantri").check_password(password)
