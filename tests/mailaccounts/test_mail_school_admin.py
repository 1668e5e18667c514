"""A school registers its own staff in its own admin; another school can neither see nor touch the list."""

import io

from django.contrib.auth import get_user_model
from django_tenants.utils import tenant_context
from docx import Document

from mailaccounts.models import MailAccount, MailAccountEvent
from tests.mailaccounts.mailaccounts_helpers import register

NEW = {"kind": "staff", "full_name": "Nguyễn Thị Ánh Tuyết", "position": "Giáo viên", "phone": "", "user_part": ""}


def test_school_registers_staff_and_submits(school_a, superuser_client):
    client = superuser_client(school_a, "vanthu")
    assert client.get("/admin/thu-dien-tu/").status_code == 200
    response = client.post("/admin/thu-dien-tu/them/", NEW)
    assert response.status_code == 302
    account = MailAccount.objects.get(portal=school_a)
    assert account.address == "tuyetnta.thcschuvanan@ptdm.edu.vn" and account.status == "draft"
    html = client.get("/admin/thu-dien-tu/").content.decode()
    assert "tuyetnta.thcschuvanan@ptdm.edu.vn" in html and "Đang lập" in html
    assert client.post("/admin/thu-dien-tu/gui-duyet/").status_code == 302
    account.refresh_from_db()
    assert account.status == "submitted"
    event = MailAccountEvent.objects.filter(account=account).first()
    assert (event.action, event.actor, event.actor_portal) == ("submitted", "vanthu", "thcschuvanantdm")


def test_form_errors_are_vietnamese_and_nothing_is_saved(school_a, superuser_client):
    client = superuser_client(school_a)
    bad = [
        ({**NEW, "user_part": "tuyết."}, "Tên người dùng không được bắt đầu hoặc kết thúc"),
        ({**NEW, "user_part": "tuy et"}, "chỉ được gồm chữ thường không dấu"),
        ({**NEW, "full_name": ""}, "Hãy nhập họ và tên"),
        ({**NEW, "position": ""}, "bắt buộc"),
        ({**NEW, "full_name": "…", "position": "Giáo viên"}, "Không tạo được tên người dùng"),
    ]
    for data, message in bad:
        response = client.post("/admin/thu-dien-tu/them/", data)
        assert response.status_code == 200 and message in response.content.decode(), message
    assert not MailAccount.objects.filter(portal=school_a).exists()


def test_another_school_cannot_see_or_edit_the_list(school_a, school_b, superuser_client):
    lan, *_ = register(school_a)
    other = superuser_client(school_b, "quantri_b")
    html = other.get("/admin/thu-dien-tu/").content.decode()
    assert "lanptn.thcschuvanan" not in html
    assert other.get(f"/admin/thu-dien-tu/{lan.pk}/").status_code == 404
    assert other.post(f"/admin/thu-dien-tu/{lan.pk}/", {**NEW, "full_name": "Kẻ Lạ"}).status_code == 404
    assert other.post(f"/admin/thu-dien-tu/{lan.pk}/xoa/").status_code == 404
    # Submitting at school B leaves school A's drafts alone; the annex of B holds none of A's rows.
    other.post("/admin/thu-dien-tu/gui-duyet/")
    lan.refresh_from_db()
    assert lan.status == "draft" and lan.full_name == "Phạm Thị Ngọc Lan"
    document = Document(io.BytesIO(other.get("/admin/thu-dien-tu/mau-dang-ky.docx").content))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "STT" in cells and not any("thcschuvanan" in text for text in cells)
    # A forged portal field is ignored: the school is the request's tenant.
    other.post("/admin/thu-dien-tu/them/", {**NEW, "full_name": "Lý Thị Mới", "portal": school_a.pk})
    assert MailAccount.objects.get(full_name="Lý Thị Mới").portal_id == school_b.pk


def test_staff_without_the_permission_and_the_district_screens_are_refused(school_a, portal_client):
    client = portal_client(school_a)
    with tenant_context(school_a):
        user = get_user_model().objects.create_user("bientap2", "b@ptdm.edu.vn", "MatKhau@2025", is_staff=True)
        client.force_login(user)
    for url in (
        "/admin/thu-dien-tu/",
        "/admin/thu-dien-tu-cac-truong/",
        "/admin/thu-dien-tu-cac-truong/xuat/dovecot-passwd",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403) and "passwd" not in response.get("Content-Disposition", "")


def test_a_school_cannot_use_the_district_review(school_a, superuser_client):
    register(school_a)
    client = superuser_client(school_a)
    response = client.get("/admin/thu-dien-tu-cac-truong/xuat/tai-khoan.csv")
    assert response.status_code in (302, 403)
    lan = MailAccount.objects.filter(portal=school_a).first()
    client.post(f"/admin/thu-dien-tu-cac-truong/{lan.pk}/quyet-dinh/", {"action": "approved"})
    lan.refresh_from_db()
    assert lan.status == "draft"
