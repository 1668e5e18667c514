"""Admin screens of two-factor login: set up an authenticator, enter a code, backup codes, resets."""

import segno
from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp import match_token

from portal.editorial.roles import needs_two_factor
from portal.editorial.twofactor import has_second_factor, is_required, new_backup_codes, reset_devices, totp_device

WRONG_CODE = "Mã không đúng hoặc đã hết hạn. Nhập mã 6 chữ số đang hiện trong ứng dụng, hoặc một mã dự phòng."


class CodeForm(forms.Form):
    code = forms.CharField(
        label="Mã xác thực",
        max_length=12,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
        error_messages={"required": "Vui lòng nhập mã xác thực."},
    )

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split())


def _next_url(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return "/admin/"


def setup_view(request):
    """Scan the QR code, confirm one code; the backup codes are shown once, after the confirmation."""
    user = request.user
    device = totp_device(user)
    form = CodeForm(request.POST or None)
    if device.confirmed:
        if request.method == "POST" and request.POST.get("action") == "codes" and user.is_verified():
            codes = new_backup_codes(user)
            return render(request, "editorial/admin/backup_codes.html", {"codes": codes, "next": "/admin/"})
        return render(
            request,
            "editorial/admin/two_factor_status.html",
            {"device": device, "verified": user.is_verified(), "required": needs_two_factor(user)},
        )
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            codes = new_backup_codes(user)
            messages.success(request, "Đã bật xác thực hai lớp cho tài khoản.")
            return render(request, "editorial/admin/backup_codes.html", {"codes": codes, "next": _next_url(request)})
        form.add_error("code", WRONG_CODE)
    qr = segno.make(device.config_url, error="m")
    context = {
        "form": form,
        "qr_svg": qr.svg_inline(scale=4, title="Mã QR cài đặt ứng dụng xác thực"),
        "secret": " ".join(_base32(device)[i : i + 4] for i in range(0, len(_base32(device)), 4)),
        "next": _next_url(request),
        "required": is_required() and needs_two_factor(user),
    }
    return render(request, "editorial/admin/two_factor_setup.html", context)


def _base32(device):
    from base64 import b32encode

    return b32encode(device.bin_key).decode()


def verify_view(request):
    """The second step of a login: a code from the authenticator, or one backup code (used once)."""
    if request.user.is_verified() or not has_second_factor(request.user):
        return redirect(_next_url(request))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(request.user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            return redirect(_next_url(request))
        form.add_error("code", WRONG_CODE)
    return render(request, "editorial/admin/two_factor_verify.html", {"form": form, "next": _next_url(request)})


def _check_can_reset(request):
    if not request.user.has_perm("editorial.reset_two_factor"):
        raise PermissionDenied


def users_view(request):
    """The administrator's list: who must use a second factor, who has one; reset a lost device."""
    _check_can_reset(request)
    rows = []
    for user in get_user_model().objects.filter(is_active=True).prefetch_related("groups").order_by("username"):
        rows.append(
            {
                "user": user,
                "groups": ", ".join(group.name for group in user.groups.all()),
                "required": needs_two_factor(user),
                "enabled": has_second_factor(user),
            }
        )
    return render(request, "editorial/admin/two_factor_users.html", {"rows": rows})


@require_POST
def reset_view(request, user_id):
    _check_can_reset(request)
    user = get_object_or_404(get_user_model(), pk=user_id)
    count = reset_devices(user, by=request.user)
    messages.success(
        request,
        f"Đã đặt lại xác thực hai lớp của “{user.get_username()}” ({count} thiết bị). "
        "Ở lần đăng nhập tới, người dùng cài đặt lại ứng dụng xác thực.",
    )
    return redirect("editorial_2fa_users")
