"""A district officer acts in a school only through an account made there on purpose (issue 14 item 9).

Users live in each portal's schema, so a district account opens nothing in a school by itself. When the
district must act in a school (a school without staff able to publish, an inspection), this creates an
account ``pgd.<officer>`` in the school's schema, in the group of the role asked for, with a generated
password shown once, and writes it into the school's own audit log ("Nhật ký thay đổi"), where the
school's head and administrators see it. Removing it is an ordinary user deletion by the school.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django_tenants.utils import tenant_context
from wagtail.log_actions import log

from portal.core.scaffold import ADMIN_GROUP
from portal.editorial.roles import EDITOR_GROUP, HEAD_GROUP
from portal.text import nfc
from tenants.accounts import USERNAME_PATTERN, USERNAME_RULE, generate_password
from tenants.models import Portal

DISTRICT_ACCOUNT_ACTION = "editorial.district_account"
PREFIX = "pgd."
ROLES = {"quantri": ADMIN_GROUP, "truongban": HEAD_GROUP, "bientap": EDITOR_GROUP}


def provision_district_account(school, *, officer, full_name, email, role="quantri", reason=""):
    """Create ``pgd.<officer>`` in ``school``; returns ``(username, password)``. Vietnamese ValidationError."""
    errors = []
    if school.kind != Portal.Kind.SCHOOL:
        errors.append(f"“{school.schema_name}” không phải cổng thông tin của một trường.")
    if not USERNAME_PATTERN.fullmatch(officer or ""):
        errors.append(f"Tên đăng nhập của cán bộ “{officer}” không hợp lệ: {USERNAME_RULE}")
    if role not in ROLES:
        errors.append(f"Vai trò “{role}” không có; chọn một trong: {', '.join(ROLES)}.")
    try:
        validate_email(email or "")
    except ValidationError:
        errors.append("Vui lòng nhập địa chỉ thư điện tử công vụ hợp lệ của cán bộ.")
    if not nfc(full_name or "").strip():
        errors.append("Vui lòng nhập họ và tên cán bộ.")
    if errors:
        raise ValidationError(errors)
    username = f"{PREFIX}{officer}"
    password = generate_password()
    User = get_user_model()
    with tenant_context(school), transaction.atomic():
        if User.objects.filter(username=username).exists():
            raise ValidationError(f"Trường đã có tài khoản “{username}”; không tạo thêm.")
        user = User.objects.create_user(
            username, email, password, first_name=nfc(full_name).strip(), last_name="(Phòng GD&ĐT)", is_staff=True
        )
        user.groups.add(Group.objects.get(name=ROLES[role]))
        log(
            instance=user,
            action=DISTRICT_ACCOUNT_ACTION,
            data={"username": username, "officer": officer, "role": ROLES[role], "reason": nfc(reason or "")},
        )
    return username, password
