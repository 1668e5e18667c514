"""Issue 14 item 9: a district officer acts in a school only through an account made there on purpose."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django_tenants.utils import tenant_context
from editorial_helpers import logged_in, member
from wagtail.models import ModelLogEntry

from portal.core.receivers import DISTRICT_MANAGERS_GROUP
from portal.core.scaffold import ADMIN_GROUP
from portal.editorial.district_accounts import DISTRICT_ACCOUNT_ACTION


def test_the_officer_gets_a_school_account_only_by_the_command_and_the_school_log_shows_it(
    school_a, school_b, district, portal_client, capsys
):
    officer = member(district, "quanlytruong1", DISTRICT_MANAGERS_GROUP)
    district_client = logged_in(portal_client, district, officer)
    school = portal_client(school_a)
    school.cookies = district_client.cookies  # the district session opens nothing in a school
    assert "/admin/login/" in school.get("/admin/")["Location"]

    call_command(
        "provision_district_account",
        school_a.schema_name,
        "quanlytruong1",
        "--full-name=Nguyễn Văn Hùng",
        "--email=hungnv@ptdm.edu.vn",
        "--reason=Hỗ trợ đăng công khai",
    )
    password = capsys.readouterr().out.split("một lần): ")[1].strip()
    with tenant_context(school_a):
        user = get_user_model().objects.get(username="pgd.quanlytruong1")
        assert list(user.groups.values_list("name", flat=True)) == [ADMIN_GROUP]
        entry = ModelLogEntry.objects.get(action=DISTRICT_ACCOUNT_ACTION)
        assert entry.data["officer"] == "quanlytruong1" and entry.data["reason"] == "Hỗ trợ đăng công khai"
    login = portal_client(school_a).post("/admin/login/", {"username": "pgd.quanlytruong1", "password": password})
    assert login.status_code == 302
    with tenant_context(school_b):
        assert not get_user_model().objects.filter(username="pgd.quanlytruong1").exists()
    with pytest.raises(CommandError, match="đã có tài khoản"):
        call_command(
            "provision_district_account",
            school_a.schema_name,
            "quanlytruong1",
            "--full-name=A",
            "--email=a@ptdm.edu.vn",
        )


def test_bad_requests_are_refused_in_vietnamese(district):
    with pytest.raises(CommandError, match="không phải cổng thông tin của một trường"):
        call_command("provision_district_account", district.schema_name, "an", "--full-name=A", "--email=a@b.vn")
    with pytest.raises(CommandError, match="Không có trường nào"):
        call_command("provision_district_account", "khongco", "anvn", "--full-name=A", "--email=a@b.vn")
