"""Forced password change at the first login of an account created with its portal.

Why: the password of a new school's administrator was chosen or read by a district officer, so it
must not stay in use. At login (``user_logged_in``) an account whose registry record
(``PortalAdministrator``) still holds the hash of that first password is marked in the session; while
marked, every admin page redirects to Wagtail's account page, where the password is changed. The mark
is dropped, and the registry told, as soon as the stored hash differs (changed, or reset by e-mail).
Costs nothing for other sessions: one session look-up, no query.
"""

from django.contrib import messages
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpResponseForbidden
from django.shortcuts import redirect
from django.urls import reverse

from tenants.models import PortalAdministrator

SESSION_KEY = "tenants_first_password"
MUST_CHANGE_MESSAGE = (
    "Đây là lần đăng nhập đầu tiên với mật khẩu được cấp khi tạo cổng thông tin. "
    "Vui lòng đặt mật khẩu mới (mục “Mật khẩu” bên dưới) trước khi tiếp tục."
)
CHANGED_MESSAGE = "Đã đổi mật khẩu. Từ nay chỉ bạn biết mật khẩu của tài khoản quản trị này."
# Admin paths usable before the change: the account page itself, leaving, and what those pages load.
ALLOWED_NAMES = ("wagtailadmin_account", "wagtailadmin_logout", "wagtailadmin_login", "wagtailadmin_password_reset")


@receiver(user_logged_in)
def mark_first_password(sender, request, user, **kwargs):
    tenant = getattr(request, "tenant", None)
    if tenant is None or not hasattr(request, "session"):
        return
    record = PortalAdministrator.objects.filter(
        portal_id=tenant.pk, username=user.get_username(), initial_password_hash__gt=""
    ).first()
    if record is None:
        return
    if record.initial_password_hash == user.password:
        request.session[SESSION_KEY] = record.pk
    else:
        record.mark_password_changed()


def _is_navigation(request):
    """A page the browser navigates to (not a fetch or XHR from the admin's scripts)."""
    mode = request.headers.get("Sec-Fetch-Mode")
    return mode in (None, "navigate") and request.headers.get("X-Requested-With") != "XMLHttpRequest"


def _allowed(path):
    prefixes = [reverse(name) for name in ALLOWED_NAMES] + [reverse("wagtailadmin_home") + "jsi18n/"]
    return any(path.startswith(prefix) for prefix in prefixes)


class FirstPasswordMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = getattr(request, "session", None)
        if session is None or SESSION_KEY not in session:
            return self.get_response(request)
        user = request.user
        record = PortalAdministrator.objects.filter(pk=session[SESSION_KEY]).first()
        if not user.is_authenticated or record is None or record.username != user.get_username():
            session.pop(SESSION_KEY, None)
            return self.get_response(request)
        if record.initial_password_hash != user.password:
            record.mark_password_changed()
            session.pop(SESSION_KEY, None)
            messages.success(request, CHANGED_MESSAGE)
            if request.path.startswith(reverse("wagtailadmin_account")):
                return redirect("wagtailadmin_home")
            return self.get_response(request)
        if request.path.startswith(reverse("wagtailadmin_home")) and not _allowed(request.path):
            if not _is_navigation(request):
                # A script's request (the admin fetches fragments): a redirect would paste the whole
                # account page into the page being shown.
                return HttpResponseForbidden(MUST_CHANGE_MESSAGE, content_type="text/plain; charset=utf-8")
            messages.warning(request, MUST_CHANGE_MESSAGE)
            return redirect("wagtailadmin_account")
        return self.get_response(request)
