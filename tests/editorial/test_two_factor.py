"""Issue 14 item 8: two-factor login per portal, required by role, backup codes, reset by the administrator."""

import re

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_tenants.utils import tenant_context
from editorial_helpers import logged_in, member
from wagtail.models import ModelLogEntry

from portal.core.receivers import DISTRICT_MANAGERS_GROUP
from portal.core.scaffold import ADMIN_GROUP
from portal.editorial.roles import EDITOR_GROUP, HEAD_GROUP
from portal.editorial.twofactor import RESET_ACTION

SETUP = "/admin/xac-thuc-hai-lop/"
VERIFY = "/admin/xac-thuc-hai-lop/ma/"


@pytest.fixture
def required(settings):
    settings.PORTAL_TWO_FACTOR_REQUIRED = True


def where(response):
    return response["Location"].split("?")[0] if response.status_code == 302 else response.status_code


def test_roles_that_need_a_second_factor_are_sent_to_set_it_up(required, school_a, district, portal_client):
    cases = [
        (school_a, member(school_a, "quantri1", is_superuser=True, is_staff=True), SETUP),
        (school_a, member(school_a, "truongban1", HEAD_GROUP), SETUP),
        (school_a, member(school_a, "quantrivien1", ADMIN_GROUP), SETUP),
        (school_a, member(school_a, "bientap1", EDITOR_GROUP), 200),
        (district, member(district, "quanlytruong1", DISTRICT_MANAGERS_GROUP), SETUP),
    ]
    for portal, user, expected in cases:
        assert where(logged_in(portal_client, portal, user).get("/admin/")) == expected, user.username
    # an editor may turn it on
    assert "<svg" in logged_in(portal_client, school_a, cases[3][1]).get(SETUP).content.decode()


def test_setup_then_every_login_needs_a_code_or_a_backup_code_once(required, school_a, portal_client):
    head = member(school_a, "truongban1", HEAD_GROUP)
    client = logged_in(portal_client, school_a, head)
    page = client.get(SETUP).content.decode()
    assert "<svg" in page and "two-factor-secret" in page
    with tenant_context(school_a):
        device = TOTPDevice.objects.get(user=head)
        code = TOTP(device.bin_key, device.step, device.t0, device.digits).token()
    shown = client.post(SETUP, {"code": f"{code:06d}", "next": "/admin/"}).content.decode()
    codes = re.findall(r"<code>(\d{8})</code>", shown)
    assert len(codes) == 10
    assert client.get("/admin/").status_code == 200

    later = logged_in(portal_client, school_a, head)  # a new login: password only so far
    assert where(later.get("/admin/pages/")) == VERIFY
    assert where(later.post(VERIFY, {"code": codes[0], "next": "/admin/pages/"})) == "/admin/pages/"
    assert later.get("/admin/").status_code == 200
    again = logged_in(portal_client, school_a, head)
    refused = again.post(VERIFY, {"code": codes[0]}).content.decode()
    assert "Mã không đúng hoặc đã hết hạn" in refused
    with tenant_context(school_a):
        assert StaticToken.objects.filter(device__user=head).count() == 9


def test_the_administrator_resets_a_lost_device_and_the_log_says_so(school_a, school_b, portal_client):
    head = member(school_a, "truongban1", HEAD_GROUP)
    with tenant_context(school_a):
        TOTPDevice.objects.create(user=head, name="Điện thoại", confirmed=True)
    editor = member(school_a, "bientap1", EDITOR_GROUP)
    url = f"/admin/xac-thuc-hai-lop/nguoi-dung/{head.pk}/dat-lai/"
    assert where(logged_in(portal_client, school_a, editor).post(url)) == "/admin/"  # Wagtail's 403
    with tenant_context(school_a):
        assert TOTPDevice.objects.filter(user=head).exists()
    admin = member(school_a, "quantrivien1", ADMIN_GROUP)
    client = logged_in(portal_client, school_a, admin)
    assert "truongban1" in client.get("/admin/xac-thuc-hai-lop/nguoi-dung/").content.decode()
    assert client.post(url).status_code == 302
    with tenant_context(school_a):
        assert not TOTPDevice.objects.filter(user=head).exists()
        entry = ModelLogEntry.objects.get(action=RESET_ACTION)
        assert entry.user_id == admin.pk and entry.data["username"] == "truongban1"
    with tenant_context(school_b):
        assert not ModelLogEntry.objects.filter(action=RESET_ACTION).exists()
