"""District staff review every school's list, decide per entry with a reason, and feed the mail server."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django_tenants.utils import tenant_context

from mailaccounts import passwords, workflow
from mailaccounts.models import MailAccount, MailService
from portal.core.receivers import DISTRICT_MANAGERS_GROUP
from tests.mailaccounts.mailaccounts_helpers import SCHOOL_ACTOR, register


@pytest.fixture
def officer(district, portal_client):
    client = portal_client(district)
    with tenant_context(district):
        user = get_user_model().objects.create_user("chuyenvien", "cv@ptdm.edu.vn", "MatKhau@2025", is_staff=True)
        user.groups.add(Group.objects.get(name=DISTRICT_MANAGERS_GROUP))
        client.force_login(user)
    return client


def test_officer_approves_and_rejects_with_a_reason(officer, school_a, school_b):
    lan, ha, tuyet = register(school_a)
    register(school_b, [{"full_name": "Lê Thị Hoa", "position": "Hiệu trưởng"}])
    workflow.submit_list(school_a, SCHOOL_ACTOR)
    workflow.submit_list(school_b, SCHOOL_ACTOR)
    html = officer.get("/admin/thu-dien-tu-cac-truong/").content.decode()
    assert "lanptn.thcschuvanan@ptdm.edu.vn" in html and "hoalt.mnhoasen@ptdm.edu.vn" in html
    url = "/admin/thu-dien-tu-cac-truong/{}/quyet-dinh/"
    assert officer.post(url.format(lan.pk), {"action": "approved"}).status_code == 302
    # A rejection without a reason is refused with a message and changes nothing.
    response = officer.post(url.format(tuyet.pk), {"action": "rejected", "reason": ""}, follow=True)
    assert "Hãy ghi lý do từ chối" in response.content.decode()
    officer.post(url.format(tuyet.pk), {"action": "rejected", "reason": "Giáo viên hợp đồng ngắn hạn"})
    statuses = dict(MailAccount.objects.filter(portal=school_a).values_list("full_name", "status"))
    assert statuses == {"Phạm Thị Ngọc Lan": "approved", "Trần Thu Hà": "submitted", "Nguyễn Thị Ánh Tuyết": "rejected"}
    # The school sees the status and the reason on its own list.
    tuyet.refresh_from_db()
    assert tuyet.reason == "Giáo viên hợp đồng ngắn hạn" and tuyet.decided_by == "chuyenvien@tptdm"
    history = officer.get(f"/admin/thu-dien-tu-cac-truong/{tuyet.pk}/nhat-ky/").content.decode()
    assert "Từ chối" in history and "Giáo viên hợp đồng ngắn hạn" in history and "vanthu" in history
    # An unknown action is refused.
    officer.post(url.format(ha.pk), {"action": "deleted"})
    ha.refresh_from_db()
    assert ha.status == "submitted"


def test_passwords_are_shown_once_and_the_files_download(officer, school_a):
    register(school_a)
    workflow.submit_list(school_a, SCHOOL_ACTOR)
    for account in MailAccount.objects.filter(portal=school_a):
        officer.post(f"/admin/thu-dien-tu-cac-truong/{account.pk}/quyet-dinh/", {"action": "approved"})
    response = officer.post("/admin/thu-dien-tu-cac-truong/cap-mat-khau/")
    html = response.content.decode()
    assert "no-store" in response["Cache-Control"] and "Chỉ hiển thị một lần" in html
    lan = MailAccount.objects.get(full_name="Phạm Thị Ngọc Lan")
    table = html.split("<tbody>", 1)[1]  # the approvals' messages above also name the addresses
    clear = table.split(lan.address, 1)[1].split("<code>", 1)[1].split("</code>", 1)[0]
    assert passwords.verify_password(clear, lan.password_hash)
    again = officer.post("/admin/thu-dien-tu-cac-truong/cap-mat-khau/").content.decode()
    assert clear not in again and "Không có hộp thư nào cần cấp mật khẩu" in again
    passwd = officer.get("/admin/thu-dien-tu-cac-truong/xuat/dovecot-passwd")
    assert passwd["Content-Disposition"] == 'attachment; filename="passwd"'
    assert f"{lan.address}:{{SHA512-CRYPT}}$6$" in passwd.content.decode() and clear not in passwd.content.decode()
    postfix = officer.get("/admin/thu-dien-tu-cac-truong/xuat/postfix-virtual-mailboxes").content.decode()
    assert f"{lan.address}\tptdm.edu.vn/lanptn.thcschuvanan/\n" in postfix
    assert officer.get("/admin/thu-dien-tu-cac-truong/xuat/tai-khoan.csv").content.startswith(b"\xef\xbb\xbfEmail,")


def test_officer_configures_the_mail_service(officer, district, school_a):
    response = officer.post(
        "/admin/thu-dien-tu-cac-truong/cau-hinh/",
        {
            "name": "Thư công vụ",
            "domain": "gmail.com.",
            "address_pattern": "{user}.{truong}",
            "unit_pattern": "{school}",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200 and "Tên miền thư không hợp lệ" in html and "chỉ được dùng {user}" in html
    assert not MailService.objects.exists()
    officer.post(
        "/admin/thu-dien-tu-cac-truong/cau-hinh/",
        {
            "name": "Thư công vụ",
            "domain": "tptdm.edu.vn",
            "address_pattern": "{user}.{school}",
            "unit_pattern": "{school}",
        },
    )
    assert MailService.objects.get().portal_id == district.pk
    account = workflow.create_entry(school_a, SCHOOL_ACTOR, {"full_name": "Đặng Văn Đức", "position": "Giáo viên"})
    assert account.address == "ducdv.thcschuvanan@tptdm.edu.vn"
