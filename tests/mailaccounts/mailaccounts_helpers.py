"""Helpers of the mail-accounts tests: actors and a list of registered staff."""

from mailaccounts import workflow
from mailaccounts.models import MailAccount

SCHOOL_ACTOR = workflow.Actor("vanthu", "thcschuvanantdm")
DISTRICT_ACTOR = workflow.Actor("chuyenvien", "tptdm")

STAFF = [
    {"full_name": "Phạm Thị Ngọc Lan", "position": "Hiệu trưởng", "phone": "0274 3822 908"},
    {"full_name": "Trần Thu Hà", "position": "Phó Hiệu trưởng", "phone": "0912 345 678"},
    {"full_name": "Nguyễn Thị Ánh Tuyết", "position": "Giáo viên"},
]


def register(portal, people=STAFF, actor=SCHOOL_ACTOR):
    return [workflow.create_entry(portal, actor, person) for person in people]


def approve_all(portal, actor=DISTRICT_ACTOR):
    workflow.submit_list(portal, SCHOOL_ACTOR)
    for account in MailAccount.objects.filter(portal=portal, status=MailAccount.Status.SUBMITTED):
        workflow.decide(account, workflow.Action.APPROVED, actor)
