"""Demo editorial board of each portal: the founding decision (the number the regulations record holds)
and its members by role, shown on "Giới thiệu" and read by the district through the ``editorial`` snapshot."""

import datetime

from mailaccounts.exports.regulations import school_code
from portal.editorial.models import BoardMember, EditorialBoard
from portal.editorial.projection import KEY
from tenants import projections

EDITORS = ["Nguyễn Thị Mỹ Linh", "Trần Văn Phúc", "Lê Thị Hồng Nhung", "Phạm Minh Tâm", "Võ Thị Thanh Hương"]
DEPUTIES = ["Huỳnh Văn Lộc", "Đặng Thị Kim Oanh", "Bùi Quang Vinh"]
ADMINISTRATORS = ["Ngô Thanh Sơn", "Trương Hoài Nam", "Lâm Thị Diễm"]


def seed_editorial(portal, demo, rng):
    record = EditorialBoard.load()
    if record.members.exists():
        return
    head_title = "Trưởng phòng" if portal.is_district else "Hiệu trưởng"
    deputy_title = "Phó Trưởng phòng" if portal.is_district else "Phó Hiệu trưởng"
    editors = rng.sample(EDITORS, 2)
    # Joint-level codes ("TH-THCSNTN") would read as two issuers: one code without the dash.
    record.decision_number = f"12/QĐ-{school_code(portal).replace('-', '')}"
    record.decision_date = datetime.date(2025, 9, 5)
    record.signed_by = f"{head_title} {demo.principal}"
    record.members = [
        BoardMember(full_name=demo.principal, position=head_title, role=BoardMember.Role.HEAD),
        BoardMember(full_name=rng.choice(DEPUTIES), position=deputy_title, role=BoardMember.Role.DEPUTY),
        *(BoardMember(full_name=name, position="Giáo viên", role=BoardMember.Role.EDITOR) for name in editors),
        BoardMember(
            full_name=rng.choice(ADMINISTRATORS), position="Nhân viên CNTT", role=BoardMember.Role.ADMINISTRATOR
        ),
    ]
    record.save()
    projections.rebuild(portal, names=[KEY])
