"""Login lockout (django-axes): the Vietnamese answer with the unlock time, and the client address.

Why axes: throttling logins is a solved problem (https://django-axes.readthedocs.io/). Its tables are
in ``TENANT_APPS``, so attempts and lockouts live in each portal's own schema: the same user name at
two schools (every portal has an ``admin``) is locked separately, and so is each address.
"""

from axes.helpers import get_client_username, get_cool_off, get_failure_limit
from django.conf import settings
from django.shortcuts import render
from django.utils import timezone


def client_ip(request):
    """The visitor's address: REMOTE_ADDR, or X-Forwarded-For's entry set by our own proxies.

    ``PORTAL_TRUSTED_PROXIES`` (production) is how many reverse proxies stand in front of the app; the
    address they saw is that many entries from the right. Without proxies the header is ignored, since
    any client can write it.
    """
    proxies = getattr(settings, "PORTAL_TRUSTED_PROXIES", 0)
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR")


def lockout_response(request, original_response=None, credentials=None):
    """429 page saying how many failures locked the account and when logging in works again.

    The lock lasts the cool-off time after the last failed attempt (attempts during the lockout
    extend it), so the unlock time is counted from now.
    """
    cool_off = get_cool_off(request)
    unlock_at = timezone.localtime(timezone.now() + cool_off) if cool_off else None
    context = {
        "failure_limit": get_failure_limit(request, credentials),
        "username": get_client_username(request, credentials) or "",
        "unlock_at": unlock_at,
        "cool_off_minutes": int(cool_off.total_seconds() // 60) if cool_off else None,
    }
    return render(request, "core/login_lockout.html", context, status=429)
