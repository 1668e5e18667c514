"""Demo editorial board of each portal: the founding decision (the number the regulations record holds)
and its members by role, shown on "Giới thiệu" and read by the district through the ``editorial`` snapshot."""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice

from mailaccounts.exports.regulations import school_code
from portal.editorial.models import BoardMember, EditorialBoard
from portal.editorial.projection import KEY
from portal.editorial.roles import needs_two_factor
from tenants import projections

EDITORS = ["Nguyễn Thị Mỹ Linh", "Trần Văn Phúc", "Lê Thị Hồng Nhung", "Phạm Minh Tâm", "Võ Thị Thanh Hương"]
DEPUTIES = ["Huỳnh Văn Lộc", "Đặng Thị Kim Oanh", "Bùi Quang Vinh"]
ADMINISTRATORS = ["Ngô Thanh Sơn", "Trương Hoài Nam", "Lâm Thị Diễm"]


# The demo accounts that must use two-factor login share one published authenticator key (README):
# base32 MNXW4Z3UNBXW4Z3UNFXC2ZDFNVXS2MRV; `python manage.py demo_info` prints the current code.
DEMO_TOTP_KEY = b"congthongtin-demo-25".hex()
DEMO_DEVICE_NAME = "Thiết bị mẫu (khóa công khai)"


def seed_demo_devices():
    """Demo accounts that need a second factor get the published demo key (only where it is required:
    the test settings turn the requirement off, and the browser tests log in with passwords alone)."""
    if not settings.PORTAL_TWO_FACTOR_REQUIRED:
        return
    for user in get_user_model().objects.filter(is_active=True).prefetch_related("groups"):
        if needs_two_factor(user) and not TOTPDevice.objects.filter(user=user).exists():
            TOTPDevice.objects.create(user=user, name=DEMO_DEVICE_NAME, key=DEMO_TOTP_KEY, confirmed=True)


def seed_editorial(portal, demo, rng):
    seed_demo_devices()
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
