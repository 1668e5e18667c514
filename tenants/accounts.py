"""The first administrator of a new portal: created with the portal, recorded in the registry.

Why: a school cloned from the template has no account at all (users live in each portal's schema, and
the district officer's account exists only in the district's), so nobody could log in to the new
portal. Creating a school now creates its administrator in the school's schema, with a password the
officer sets or the system generates and shows once; the holder must replace it at first login
(``tenants.first_login``), and the district keeps who holds the account (``PortalAdministrator``).
"""

import re
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django_tenants.utils import schema_context, tenant_context

from portal.text import nfc
from tenants.models import PortalAdministrator

USERNAME_PATTERN = re.compile(r"^[a-z][a-z0-9._-]{2,29}$")
USERNAME_RULE = "3–30 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang; bắt đầu bằng chữ."
# No look-alikes (0/O, 1/l/I) in a password read off a screen and typed by hand.
_ALPHABETS = (
    "ABCDEFGHJKLMNPQRSTUVWXYZ",
    "abcdefghijkmnopqrstuvwxyz",
    "23456789",
    "@#$%&*+=?",
)
PASSWORD_LENGTH = 16


def generate_password(length=PASSWORD_LENGTH):
    """A random password with at least one character of each kind, from ``secrets``."""
    every = "".join(_ALPHABETS)
    chars = [secrets.choice(alphabet) for alphabet in _ALPHABETS]
    chars += [secrets.choice(every) for _ in range(length - len(chars))]
    secrets.SystemRandom().shuffle(chars)
    return "".join(chars)


def validate_administrator(*, username, full_name, email, password=None):
    """Vietnamese errors keyed ``admin_username``, ``admin_full_name``, ``admin_email``, ``admin_password``."""
    errors = {}
    if not USERNAME_PATTERN.fullmatch(username or ""):
        errors["admin_username"] = [f"Tên đăng nhập “{username}” không hợp lệ: {USERNAME_RULE}"]
    if not nfc(full_name or "").strip():
        errors["admin_full_name"] = ["Vui lòng nhập họ và tên người giữ tài khoản quản trị."]
    try:
        validate_email(email or "")
    except ValidationError:
        errors["admin_email"] = ["Vui lòng nhập địa chỉ thư điện tử liên hệ hợp lệ của người giữ tài khoản."]
    if password:
        User = get_user_model()
        try:
            validate_password(password, User(username=username, email=email or ""))
        except ValidationError as error:
            errors["admin_password"] = error.messages
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def create_first_administrator(portal, *, username, full_name, email, password=None, created_by=""):
    """Create a superuser in ``portal``'s schema and record it in the registry; return ``(user, password)``.

    ``password`` empty: one is generated, to be shown once to whoever created the portal. Either way the
    holder must change it at first login.
    """
    username = (username or "").strip().lower()
    full_name = nfc(full_name or "").strip()
    email = (email or "").strip()
    validate_administrator(username=username, full_name=full_name, email=email, password=password)
    password = password or generate_password()
    User = get_user_model()
    with tenant_context(portal):
        if User.objects.filter(username=username).exists():
            raise ValidationError({"admin_username": [f"Cổng “{portal.name}” đã có tài khoản “{username}”."]})
        # Tên and Họ as Wagtail's account form asks for them ("Nguyễn Thị Thu Hà": Hà / Nguyễn Thị Thu):
        # that form requires both, and the holder changes the password on it.
        family, _, given = full_name.rpartition(" ")
        user = User.objects.create_superuser(
            username, email, password, first_name=given[:150], last_name=(family or given)[:150]
        )
    with schema_context("public"):
        PortalAdministrator.objects.create(
            portal=portal,
            username=username,
            full_name=full_name,
            email=email,
            created_by=created_by,
            initial_password_hash=user.password,
        )
    return user, password
