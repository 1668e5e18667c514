"""Every mail-accounts screen renders, and the admin menu leads each kind of portal to its own screen."""

from mailaccounts import workflow
from mailaccounts.models import MailAccount, RegulationsRecord
from tests.mailaccounts.mailaccounts_helpers import SCHOOL_ACTOR, register
from tests.mailaccounts.test_mail_district import officer  # noqa: F401  (fixture)


def test_school_screens_and_menu(school_a, superuser_client):
    lan, *_ = register(school_a)
    workflow.update_entry(lan, SCHOOL_ACTOR, {"phone": "0909 000 111"})
    client = superuser_client(school_a)
    dashboard = client.get("/admin/").content.decode()
    # The sidebar menu is JSON data in the page.
    assert '"name": "thu-dien-tu"' in dashboard and '"url": "/admin/thu-dien-tu/"' in dashboard
    assert "/admin/thu-dien-tu-cac-truong/" not in dashboard
    edit = client.get(f"/admin/thu-dien-tu/{lan.pk}/").content.decode()
    assert "Nhật ký" in edit and "0909 000 111" in edit and 'list="chuc-vu"' in edit
    history = client.get("/admin/thu-dien-tu/nhat-ky/").content.decode()
    assert "lanptn.thcschuvanan@ptdm.edu.vn" in history and "thcschuvanantdm" in history


def test_district_screens_and_menu(officer, school_a, school_b):  # noqa: F811
    register(school_a)
    RegulationsRecord.objects.create(portal=school_a, decision_number="15/QĐ-THCSCVA", operations_unit="Tổ Văn phòng")
    dashboard = officer.get("/admin/").content.decode()
    assert '"url": "/admin/thu-dien-tu-cac-truong/"' in dashboard
    page = officer.get("/admin/thu-dien-tu-cac-truong/quy-che/").content.decode()
    assert "Số 15/QĐ-THCSCVA" in page and "Tổ Văn phòng" in page and "Trường Mầm non Hoa Sen" in page
    assert "Chưa đủ" in page and "lanptn.thcschuvanan@ptdm.edu.vn" in page  # the latest changes of every school
    filtered = officer.get(f"/admin/thu-dien-tu-cac-truong/?trang_thai=draft&truong={school_b.pk}").content.decode()
    assert "lanptn" not in filtered
    assert MailAccount.objects.filter(portal=school_a, status="draft").count() == 3
