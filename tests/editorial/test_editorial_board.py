"""The board record (decision, members, roles): checked in Vietnamese, shown on "Giới thiệu", projected."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django_tenants.utils import schema_context, tenant_context
from editorial_helpers import board, draft_page

from portal.editorial.forms import validate_decision_number
from portal.editorial.models import BoardMember, EditorialBoard
from portal.editorial.projection import KEY
from portal.organization.models import OrganizationPage
from tenants import projections
from tenants.models import PortalSnapshot


def record_board(portal):
    with tenant_context(portal):
        record = EditorialBoard.load()
        record.decision_number = "15/QĐ-THCSCVA"
        record.decision_date = datetime.date(2025, 9, 5)
        record.signed_by = "Hiệu trưởng Nguyễn Văn An"
        record.members = [
            BoardMember(full_name="Nguyễn Văn An", position="Hiệu trưởng", role=BoardMember.Role.HEAD),
            BoardMember(full_name="Lê Thị Bích", position="Giáo viên Ngữ văn", role=BoardMember.Role.EDITOR),
            BoardMember(full_name="Trần Quốc Huy", position="Nhân viên CNTT", role=BoardMember.Role.ADMINISTRATOR),
        ]
        record.save()
        return record


def test_the_board_is_shown_on_the_organization_page_of_its_school_only(school_a, school_b, portal_client):
    record_board(school_a)
    with tenant_context(school_a):
        url = OrganizationPage.objects.get().url
    page = portal_client(school_a).get(url).content.decode()
    assert "Quyết định số 15/QĐ-THCSCVA ngày 05/09/2025" in page
    assert "Trần Quốc Huy</strong>, Nhân viên CNTT: Quản trị viên" in page
    with tenant_context(school_b):
        other = OrganizationPage.objects.get().url
    assert "Nguyễn Văn An" not in portal_client(school_b).get(other).content.decode()


def test_a_board_needs_one_head_and_a_decision(school_a, superuser_client):
    client = superuser_client(school_a)
    url = client.get("/admin/settings/editorial/editorialboard/", follow=True).redirect_chain[-1][0]
    data = {
        "decision_number": "15/QĐ-THCSCVA",
        "decision_date": "05/09/2025",
        "signed_by": "",
        "members-TOTAL_FORMS": "2",
        "members-INITIAL_FORMS": "0",
        "members-MIN_NUM_FORMS": "0",
        "members-MAX_NUM_FORMS": "1000",
    }
    for i, name in enumerate(["Nguyễn Văn An", "Phạm Thị Lan"]):
        data.update({f"members-{i}-full_name": name, f"members-{i}-role": "head", f"members-{i}-ORDER": str(i)})
    text = client.post(url, data).content.decode()
    assert "phải có đúng một Trưởng ban (đang khai báo 2)" in text
    data["members-1-role"] = "editor"
    assert client.post(url, data).status_code == 302
    with tenant_context(school_a):
        assert EditorialBoard.load().members.count() == 2
    with pytest.raises(ValidationError, match="không đúng dạng"):
        validate_decision_number("quyết định 15")


def test_the_district_reads_the_board_and_the_queue_from_the_snapshot(
    school_a, school_b, django_capture_on_commit_callbacks
):
    record_board(school_a)
    editor, _ = board(school_a)
    page = draft_page(school_a, editor)
    with tenant_context(school_a):
        page.get_workflow().start(page, editor)
    projections.rebuild(school_a, names=[KEY])
    with schema_context("public"):
        data = PortalSnapshot.objects.get(portal=school_a, key=KEY).data
    assert data["board_recorded"] and data["decision_number"] == "15/QĐ-THCSCVA"
    assert data["decision_date"] == "2025-09-05"
    assert data["members_by_role"]["head"] == 1 and len(data["members"]) == 3
    assert data["pending_approvals"] == 1 and data["oldest_pending_days"] == 0
    assert data["users_with_2fa"] == 0
    assert data["last_published_at"]
    projections.rebuild(school_b, names=[KEY])
    with schema_context("public"):
        other = PortalSnapshot.objects.get(portal=school_b, key=KEY).data
    assert not other["board_recorded"] and other["pending_approvals"] == 0
