"""Registration -> submission -> district decision -> suspension/closure, every change recorded."""

import pytest
from django.core.exceptions import ValidationError

from mailaccounts import workflow
from mailaccounts.models import MailAccount, MailAccountEvent, MailService
from tests.mailaccounts.mailaccounts_helpers import DISTRICT_ACTOR, SCHOOL_ACTOR, register

Status = MailAccount.Status
Action = workflow.Action


def test_addresses_follow_the_rule_and_collisions_get_a_suffix(school_a, school_b):
    first, _, tuyet = register(school_a)
    assert first.address == "lanptn.thcschuvanan@ptdm.edu.vn"
    assert tuyet.address == "tuyetnta.thcschuvanan@ptdm.edu.vn"
    namesake = workflow.create_entry(
        school_a, SCHOOL_ACTOR, {"full_name": "Nguyễn Thị Ánh Tuyết", "position": "Giáo viên"}
    )
    assert namesake.address == "tuyetnta2.thcschuvanan@ptdm.edu.vn" and namesake.user_part == "tuyetnta2"
    other_school = workflow.create_entry(
        school_b, SCHOOL_ACTOR, {"full_name": "Nguyễn Thị Ánh Tuyết", "position": "Giáo viên"}
    )
    assert other_school.address == "tuyetnta.mnhoasen@ptdm.edu.vn"
    assert [a.sort_order for a in MailAccount.objects.filter(portal=school_a)] == [1, 2, 3, 4]


def test_unit_and_position_mailboxes(school_a):
    unit = workflow.create_entry(
        school_a, SCHOOL_ACTOR, {"kind": "unit", "full_name": "Văn phòng", "position": "Văn phòng trường"}
    )
    head = workflow.create_entry(school_a, SCHOOL_ACTOR, {"kind": "position", "position": "Hiệu trưởng"})
    assert unit.address == "thcschuvanan@ptdm.edu.vn"
    assert head.address == "hieutruong.thcschuvanan@ptdm.edu.vn"
    with pytest.raises(ValidationError, match="đã có hộp thư của trường"):
        workflow.create_entry(school_a, SCHOOL_ACTOR, {"kind": "unit", "position": "Văn phòng"})


def test_the_service_row_sets_domain_and_pattern(district, school_a):
    MailService.objects.create(portal=district, domain="tptdm.edu.vn", address_pattern="{user}-{school}")
    account = workflow.create_entry(school_a, SCHOOL_ACTOR, {"full_name": "Đặng Văn Đức", "position": "Giáo viên"})
    assert account.address == "ducdv-thcschuvanan@tptdm.edu.vn"


def test_a_typed_user_part_is_checked_and_must_be_free(school_a):
    (lan, *_) = register(school_a)
    with pytest.raises(ValidationError) as error:
        workflow.create_entry(
            school_a, SCHOOL_ACTOR, {"full_name": "Lê Lan", "position": "Giáo viên", "user_part": "lanptn"}
        )
    assert "đã được đăng ký" in error.value.message_dict["user_part"][0]
    with pytest.raises(ValidationError, match="dấu chấm"):
        workflow.create_entry(
            school_a, SCHOOL_ACTOR, {"full_name": "Lê Lan", "position": "Giáo viên", "user_part": "lan."}
        )
    own = workflow.create_entry(
        school_a, SCHOOL_ACTOR, {"full_name": "Lê Lan", "position": "Giáo viên", "user_part": "LeLan"}
    )
    assert own.address == "lelan.thcschuvanan@ptdm.edu.vn"
    assert lan.status == Status.DRAFT


def test_a_name_without_letters_is_refused(school_a):
    with pytest.raises(ValidationError) as error:
        workflow.create_entry(school_a, SCHOOL_ACTOR, {"full_name": "...", "position": "Giáo viên"})
    assert "full_name" in error.value.message_dict
    assert not MailAccount.objects.filter(portal=school_a).exists()


def test_approve_reject_resubmit_suspend_close(school_a):
    lan, ha, tuyet = register(school_a)
    with pytest.raises(ValidationError, match="trạng thái “Đang lập”"):
        workflow.decide(lan, Action.APPROVED, DISTRICT_ACTOR)
    assert workflow.submit_list(school_a, SCHOOL_ACTOR) == 3
    workflow.decide(lan, Action.APPROVED, DISTRICT_ACTOR)
    with pytest.raises(ValidationError, match="Hãy ghi lý do"):
        workflow.decide(tuyet, Action.REJECTED, DISTRICT_ACTOR, reason="  ")
    workflow.decide(tuyet, Action.REJECTED, DISTRICT_ACTOR, reason="Sai họ tên, đề nghị kiểm tra")
    tuyet.refresh_from_db()
    assert tuyet.status == Status.REJECTED and tuyet.reason == "Sai họ tên, đề nghị kiểm tra"
    # The school corrects the name: a new address is generated, then the line goes back for review.
    workflow.update_entry(tuyet, SCHOOL_ACTOR, {"full_name": "Nguyễn Thị Ánh Tuyến", "user_part": tuyet.user_part})
    assert tuyet.address == "tuyennta.thcschuvanan@ptdm.edu.vn"
    assert workflow.submit_list(school_a, SCHOOL_ACTOR) == 1
    workflow.decide(tuyet, Action.APPROVED, DISTRICT_ACTOR)
    workflow.decide(lan, Action.SUSPENDED, DISTRICT_ACTOR, reason="Nghỉ phép dài hạn")
    workflow.decide(lan, Action.REOPENED, DISTRICT_ACTOR)
    workflow.decide(lan, Action.CLOSED, DISTRICT_ACTOR, reason="Chuyển công tác")
    lan.refresh_from_db()
    assert lan.status == Status.CLOSED and lan.decided_by == "chuyenvien@tptdm"
    # A closed address is never handed to a namesake.
    again = workflow.create_entry(school_a, SCHOOL_ACTOR, {"full_name": "Phạm Thị Ngọc Lan", "position": "Giáo viên"})
    assert again.address == "lanptn2.thcschuvanan@ptdm.edu.vn"
    actions = list(
        MailAccountEvent.objects.filter(account=lan).order_by("at", "pk").values_list("action", "actor", "actor_portal")
    )
    assert [a[0] for a in actions] == ["created", "submitted", "approved", "suspended", "reopened", "closed"]
    assert actions[0][1:] == ("vanthu", "thcschuvanantdm") and actions[-1][1:] == ("chuyenvien", "tptdm")
    edit = MailAccountEvent.objects.get(account=tuyet, action="edited")
    assert edit.changes["full_name"] == ["Nguyễn Thị Ánh Tuyết", "Nguyễn Thị Ánh Tuyến"]
    assert edit.changes["address"][1] == "tuyennta.thcschuvanan@ptdm.edu.vn"


def test_approved_mailboxes_keep_their_name_and_address(school_a):
    lan, *_ = register(school_a)
    head = workflow.create_entry(
        school_a, SCHOOL_ACTOR, {"kind": "position", "position": "Hiệu trưởng", "full_name": "Phạm Thị Ngọc Lan"}
    )
    workflow.submit_list(school_a, SCHOOL_ACTOR)
    for account in (lan, head):
        workflow.decide(account, Action.APPROVED, DISTRICT_ACTOR)
    with pytest.raises(ValidationError, match="chỉ sửa được số điện thoại"):
        workflow.update_entry(lan, SCHOOL_ACTOR, {"full_name": "Phạm Thị Lan"})
    workflow.update_entry(lan, SCHOOL_ACTOR, {"phone": "0909 000 111"})
    # A position mailbox passes to the next holder with its address.
    workflow.update_entry(head, SCHOOL_ACTOR, {"full_name": "Trần Thu Hà"})
    head.refresh_from_db()
    assert head.full_name == "Trần Thu Hà" and head.address == "hieutruong.thcschuvanan@ptdm.edu.vn"
    with pytest.raises(ValidationError, match="Chỉ xóa được dòng đang lập"):
        workflow.delete_entry(lan, SCHOOL_ACTOR)
    assert MailAccountEvent.objects.filter(account=head, action="edited").get().changes == {
        "full_name": ["Phạm Thị Ngọc Lan", "Trần Thu Hà"]
    }


def test_a_draft_can_be_deleted_and_the_deletion_is_recorded(school_a):
    lan, *_ = register(school_a)
    workflow.delete_entry(lan, SCHOOL_ACTOR)
    event = MailAccountEvent.objects.get(action="deleted")
    assert event.address == "lanptn.thcschuvanan@ptdm.edu.vn" and event.account is None
