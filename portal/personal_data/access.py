"""Logging every staff view or export of personal data (``AccessLog``): one call in each such view.

from portal.personal_data.access import log_access
log_access(request, "xuat", "Hồ sơ nộp trực tuyến", reference=page.title)
"""

from portal.personal_data.models import AccessLog


def _address(request):
    return request.META.get("REMOTE_ADDR") or None


def log_access(request, action, what, reference=""):
    """Record that ``request.user`` did ``action`` (``AccessLog.Action``) on ``what`` now."""
    user = getattr(request, "user", None)
    username = user.get_username() if user is not None and user.is_authenticated else "(ẩn danh)"
    return AccessLog.objects.create(
        username=username[:150],
        action=action,
        what=str(what)[:255],
        reference=str(reference)[:120],
        address=_address(request),
    )
