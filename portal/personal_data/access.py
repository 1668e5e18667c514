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


class LoggedAccessMixin:
    """Mixed into a Wagtail generic view over personal data (edit, inspect): each GET is logged.

    The reference is the record's code (or id), never its personal data.
    """

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        obj = getattr(self, "object", None)
        reference = getattr(obj, "code", "") or getattr(obj, "pk", "")
        log_access(request, AccessLog.Action.VIEW, str(self.model._meta.verbose_name), reference=reference)
        return response


def logged(view_class):
    """``view_class`` with :class:`LoggedAccessMixin` (for a viewset's ``edit_view_class``...)."""
    return type(f"Logged{view_class.__name__}", (LoggedAccessMixin, view_class), {})
