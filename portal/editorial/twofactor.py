"""Two-factor login (issue 14 item 8) with django-otp: TOTP apps and one-time backup codes.

Why here and like this: the otp tables are tenant apps, so each portal keeps its own devices next to its
own users (a device of school A means nothing in B). After the password, an admin request of a user who
has a confirmed device must be verified with a code (``django_otp.login`` marks the session); a user whose
role requires a second factor (``roles.needs_two_factor``: superusers, board heads, administrators,
district staff) and has none is sent to set one up first. Every other editor may turn it on. The
requirement is the setting ``PORTAL_TWO_FACTOR_REQUIRED`` (on; the test settings turn it off so that the
suites' force-logged accounts work, and tests/editorial/test_two_factor.py proves it with it on).
A lost device is reset by the portal's administrator (``reset_devices``), logged in the audit log.
"""

import secrets

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponseForbidden
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django_otp import devices_for_user, user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.log_actions import log

from portal.editorial.roles import needs_two_factor
from tenants.first_login import SESSION_KEY as FIRST_PASSWORD_KEY

BACKUP_CODE_COUNT = 10
RESET_ACTION = "editorial.reset_two_factor"
SETUP_MESSAGE = (
    "Tài khoản của bạn thuộc nhóm bắt buộc xác thực hai lớp. Vui lòng cài đặt ứng dụng xác thực trước khi tiếp tục."
)
VERIFY_MESSAGE = "Vui lòng nhập mã xác thực hai lớp để tiếp tục."
# Admin paths usable before the second factor: these screens, leaving, and the scripts they load.
ALLOWED_NAMES = ("editorial_2fa_setup", "editorial_2fa_verify", "wagtailadmin_logout", "wagtailadmin_login")


def is_required():
    return getattr(settings, "PORTAL_TWO_FACTOR_REQUIRED", True)


def has_second_factor(user):
    return user_has_device(user, confirmed=True)


def totp_device(user):
    """The user's authenticator device (one per user), created unconfirmed on first use."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=None).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Ứng dụng xác thực", confirmed=False)
    return device


def new_backup_codes(user):
    """Replace the user's backup codes with ``BACKUP_CODE_COUNT`` new ones; return them (shown once)."""
    device, _ = StaticDevice.objects.get_or_create(user=user, defaults={"name": "Mã dự phòng", "confirmed": True})
    device.token_set.all().delete()
    codes = [f"{secrets.randbelow(10**8):08d}" for _ in range(BACKUP_CODE_COUNT)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


def reset_devices(user, by):
    """Remove every second factor of ``user`` (lost phone); the audit log says who did it."""
    count = 0
    for device in list(devices_for_user(user, confirmed=None)):
        device.delete()
        count += 1
    log(instance=user, action=RESET_ACTION, user=by, data={"devices": count, "username": user.get_username()})
    return count


def _allowed(path):
    prefixes = [reverse(name) for name in ALLOWED_NAMES] + [reverse("wagtailadmin_home") + "jsi18n/"]
    return any(path.startswith(prefix) for prefix in prefixes)


class TwoFactorMiddleware:
    """After ``OTPMiddleware`` and the first-password check: admin pages need the second factor."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        admin = reverse("wagtailadmin_home")
        if (
            user is None
            or not user.is_authenticated
            or not request.path.startswith(admin)
            or _allowed(request.path)
            or user.is_verified()
        ):
            return self.get_response(request)
        if FIRST_PASSWORD_KEY in request.session and request.path.startswith(reverse("wagtailadmin_account")):
            return self.get_response(request)  # the new password first, then the second factor
        if has_second_factor(user):
            target, message = "editorial_2fa_verify", VERIFY_MESSAGE
        elif is_required() and needs_two_factor(user):
            target, message = "editorial_2fa_setup", SETUP_MESSAGE
        else:
            return self.get_response(request)
        if request.headers.get("X-Requested-With") == "XMLHttpRequest" or request.method != "GET":
            return HttpResponseForbidden(message, content_type="text/plain; charset=utf-8")
        return redirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")


def flash_required(request):
    if is_required() and needs_two_factor(request.user) and not has_second_factor(request.user):
        messages.warning(request, SETUP_MESSAGE)
