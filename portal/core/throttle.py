"""Safeguards of every public form: per-address rate limits, the honeypot field, the 429 page.

Why in the core: the procedures' online forms, questions, comments and look-ups, the contact desk and
the polls all need the same counting and the same Vietnamese answers, and feature apps may not import
each other. Counting uses the cache: it needs no table and expires by itself; every cache key carries
the portal's schema (``django_tenants.cache.make_key``, docs/architecture.md pitfall 1), so two schools
never share a counter. With several workers ``REDIS_URL`` makes the cache shared; with local memory each
worker counts alone, which still bounds a flood. The client address comes from
:func:`portal.core.lockout.client_ip`, which trusts ``X-Forwarded-For`` only behind our own proxies.
"""

import hashlib

from django import forms
from django.core.cache import cache
from django.shortcuts import render

from portal.core.lockout import client_ip

THROTTLED_MESSAGE = (
    "Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vì an toàn, vui lòng thử lại sau {minutes} phút."
)
HONEYPOT = "website"
HONEYPOT_ERROR = "Không gửi được biểu mẫu. Nếu bạn dùng trình tự điền, hãy để trống các ô ẩn rồi gửi lại."


def address_digest(request):
    """A short hash of the client's address (the address itself is never stored)."""
    address = client_ip(request) or "unknown"
    return hashlib.sha256(address.encode()).hexdigest()[:24]


def hit(prefix, scope, request, limit, window):
    """Count one attempt of ``request``'s address; True while within ``limit`` per ``window`` seconds."""
    key = f"{prefix}:throttle:{scope}:{address_digest(request)}"
    if cache.add(key, 1, window):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, window)
        return True
    return count <= limit


def throttled_response(request, window, page=None):
    """429 in Vietnamese, never cached."""
    context = {"page": page, "message": THROTTLED_MESSAGE.format(minutes=max(1, window // 60))}
    response = render(request, "core/throttled.html", context, status=429)
    response["Retry-After"] = str(window)
    response["Cache-Control"] = "private, no-store"
    return response


def honeypot_field():
    """A field people leave empty (hidden by ``.visually-hidden``'s wrapper); robots fill it."""
    return forms.CharField(
        required=False, label="Để trống ô này", widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"})
    )


def honeypot_filled(cleaned_data):
    return bool(cleaned_data.get(HONEYPOT))
