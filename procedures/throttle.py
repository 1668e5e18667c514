"""Per-address rate limits of the public services (forms, questions, comments, look-ups).

Why the cache: counting needs no table and expires by itself; every cache key carries the portal's schema
(``django_tenants.cache.make_key``, docs/architecture.md pitfall 1), so two schools never share a counter.
With several workers ``REDIS_URL`` makes the cache shared; with local memory each worker counts alone,
which still bounds a flood. The client address comes from :func:`portal.core.lockout.client_ip`, which
trusts ``X-Forwarded-For`` only behind our own proxies.
"""

import hashlib

from django.core.cache import cache
from django.shortcuts import render

from portal.core.lockout import client_ip

# scope -> (allowed attempts, window in seconds)
LIMITS = {
    "form": (8, 600),
    "question": (5, 3600),
    "comment": (5, 600),
    "lookup": (10, 600),
    "status": (10, 600),
}
THROTTLED_MESSAGE = (
    "Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vì an toàn, vui lòng thử lại sau {minutes} phút."
)


def _key(scope, request):
    address = client_ip(request) or "unknown"
    digest = hashlib.sha256(address.encode()).hexdigest()[:24]
    return f"procedures:throttle:{scope}:{digest}"


def hit(scope, request):
    """Count one attempt; True while the address is within its limit for ``scope``."""
    limit, window = LIMITS[scope]
    key = _key(scope, request)
    if cache.add(key, 1, window):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, window)
        return True
    return count <= limit


def throttled_response(request, scope, page=None):
    """429 in Vietnamese, never cached."""
    _limit, window = LIMITS[scope]
    context = {"page": page, "message": THROTTLED_MESSAGE.format(minutes=max(1, window // 60))}
    response = render(request, "procedures/throttled.html", context, status=429)
    response["Retry-After"] = str(window)
    response["Cache-Control"] = "private, no-store"
    return response
