"""Per-address rate limits of the public services (forms, questions, comments, look-ups).

The counting and the 429 page are the core's (``portal.core.throttle``, shared with the contact desk and
the polls); this module keeps the procedures' own limits per scope.
"""

from portal.core import throttle

# scope -> (allowed attempts, window in seconds)
LIMITS = {
    "form": (8, 600),
    "question": (5, 3600),
    "comment": (5, 600),
    "lookup": (10, 600),
    "status": (10, 600),
}
THROTTLED_MESSAGE = throttle.THROTTLED_MESSAGE


def hit(scope, request):
    """Count one attempt; True while the address is within its limit for ``scope``."""
    limit, window = LIMITS[scope]
    return throttle.hit("procedures", scope, request, limit, window)


def throttled_response(request, scope, page=None):
    """429 in Vietnamese, never cached."""
    return throttle.throttled_response(request, LIMITS[scope][1], page)
