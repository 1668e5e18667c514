"""Demo of the official mailboxes: every demo school's leaders and office registered and approved.

The district gets its mail service row (``ptdm.edu.vn``); each school registers its own mailbox, its
principal's position mailbox and its leaders as they appear on its "Giới thiệu" page (so the
approved addresses are the ones the page shows), plus a few teachers; the district approves them
all but one, left waiting so the review screen has something to show. The first school also
records its regulations (decision number, date, focal persons). Idempotent: a school that already
has a list is left as it is.
"""

import datetime

from mailaccounts import workflow
from mailaccounts.exports.regulations import school_code
from mailaccounts.models import MailAccount, MailService, RegulationsRecord
from portal.organization.models import OrganizationPage, OrgMember

SCHOOL_ADMIN = "admin"
DISTRICT_OFFICER = "quanlytruong"


def seed_mailaccounts(portal, demo, rng):
    if portal.is_district:
        MailService.objects.get_or_create(
            portal=portal, defaults={"name": "Hệ thống thư điện tử Phòng GD&ĐT", "domain": "ptdm.edu.vn"}
        )
        return
    if not portal.is_school or MailAccount.objects.filter(portal=portal).exists():
        return
    school = workflow.Actor(SCHOOL_ADMIN, portal.schema_name)
    district = workflow.Actor(DISTRICT_OFFICER, "tptdm")
    page = OrganizationPage.objects.first()
    leaders = list(page.leaders.all()) if page else []
    entries = [{"kind": "unit", "position": "Văn phòng trường", "full_name": portal.name}]
    if leaders:
        entries.append({"kind": "position", "position": "Hiệu trưởng", "full_name": leaders[0].full_name})
    entries += [{"full_name": c.full_name, "position": c.position, "phone": c.phone} for c in leaders]
    heads = OrgMember.objects.filter(page=page, position="Tổ trưởng").order_by("pk")[:3] if page else []
    entries += [{"full_name": m.full_name, "position": "Tổ trưởng"} for m in heads]
    accounts = [workflow.create_entry(portal, school, entry) for entry in entries]
    workflow.submit_list(portal, school)
    for account in accounts[:-1]:
        workflow.decide(account, workflow.Action.APPROVED, district)
    if portal.schema_name.startswith("mn"):
        RegulationsRecord.objects.get_or_create(
            portal=portal,
            defaults={
                "decision_number": f"12/QĐ-{school_code(portal)}",
                "decision_date": datetime.date(2025, 9, 5),
                "operations_unit": "Tổ Văn phòng",
                "email_focal_name": leaders[-1].full_name if leaders else "",
                "email_focal_position": leaders[-1].position if leaders else "",
                "updated_by": f"{SCHOOL_ADMIN}@{portal.schema_name}",
            },
        )
