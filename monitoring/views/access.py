"""Who may see what: the district's staff see every school; a school sees only its own requests and answers."""

from functools import wraps

from django.core.exceptions import PermissionDenied


def is_district_staff(request):
    tenant = getattr(request, "tenant", None)
    return bool(tenant is not None and tenant.is_district and request.user.has_perm("tenants.change_portal"))


def is_school_reporter(request):
    """A school's administrators answer the district's requests (the head signs the PDF they upload)."""
    tenant = getattr(request, "tenant", None)
    user = request.user
    return bool(tenant is not None and tenant.is_school and user.is_active and user.is_superuser)


def district_staff_required(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not is_district_staff(request):
            raise PermissionDenied("Chỉ cán bộ quản lý của Phòng GD&ĐT được xem trang giám sát.")
        return view(request, *args, **kwargs)

    return wrapped


def school_reporter_required(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not is_school_reporter(request):
            raise PermissionDenied("Chỉ quản trị viên của trường được gửi báo cáo.")
        return view(request, *args, **kwargs)

    return wrapped
