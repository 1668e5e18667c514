"""District staff manage their schools from the district portal's Wagtail admin.

Only in the district's own portal, and only for users holding
``tenants.change_portal`` there (group "Quản lý cơ sở giáo dục").
"""

from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django_tenants.utils import schema_context

from tenants.accounts import create_first_administrator
from tenants.forms import NewSchoolForm, SchoolForm
from tenants.models import Portal
from tenants.provisioning import change_primary_domain, provision_portal, refresh_portal, set_active


def can_manage_schools(request):
    tenant = getattr(request, "tenant", None)
    return bool(tenant is not None and tenant.is_district and request.user.has_perm("tenants.change_portal"))


def district_staff_required(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not can_manage_schools(request):
            raise PermissionDenied("Chỉ cán bộ của cơ quan quản lý được quản lý trường học.")
        return view(request, *args, **kwargs)

    return wrapped


def _schools():
    return (
        Portal.objects.filter(kind=Portal.Kind.SCHOOL)
        .prefetch_related("domains", "administrators")
        .order_by("level", "name")
    )


def _apply_errors(form, error):
    for field, messages_ in getattr(error, "message_dict", {"__all__": error.messages}).items():
        target = field if field in form.fields else None
        for message in messages_:
            form.add_error(target, message)


@district_staff_required
def school_index(request):
    with schema_context("public"):
        schools = list(_schools())
    for school in schools:
        school.link = school.public_url(request)
    return TemplateResponse(request, "tenants/school_index.html", {"schools": schools})


@district_staff_required
def school_create(request):
    form = NewSchoolForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            with transaction.atomic(), schema_context("public"):
                portal = provision_portal(
                    data["name"],
                    level=data["level"],
                    ownership=data["ownership"],
                    domain=data["domain"],
                    short_name=data["short_name"],
                    address=data["address"],
                    phone=data["phone"],
                    email=data["email"],
                    supervisor_name=request.tenant.name,
                )
                user, password = create_first_administrator(
                    portal,
                    username=data["admin_username"],
                    full_name=data["admin_full_name"],
                    email=data["admin_email"],
                    password=data["admin_password"],
                    created_by=request.user.get_username(),
                )
        except ValidationError as error:
            _apply_errors(form, error)
        else:
            return _created(request, portal, user, password, chosen=bool(data["admin_password"]))
    return TemplateResponse(request, "tenants/school_form.html", {"form": form, "creating": True})


def _created(request, portal, user, password, *, chosen):
    """The one page that shows the new administrator's password (never stored in clear, never again)."""
    login_url = portal.public_url(request) + "admin/login/"
    return TemplateResponse(  # the admin's never_cache already sends Cache-Control: no-store
        request,
        "tenants/school_created.html",
        {
            "portal": portal,
            "username": user.get_username(),
            "password": "" if chosen else password,
            "login_url": login_url,
            "site_url": portal.public_url(request),
        },
    )


@district_staff_required
def school_edit(request, pk):
    with schema_context("public"):
        portal = get_object_or_404(
            Portal.objects.prefetch_related("domains", "administrators"), pk=pk, kind=Portal.Kind.SCHOOL
        )
        administrators = list(portal.administrators.all())
    initial = {
        field: getattr(portal, field)
        for field in ("name", "short_name", "level", "ownership", "address", "phone", "email")
    }
    initial["domain"] = portal.primary_hostname
    form = SchoolForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            with schema_context("public"):
                if data["domain"] != portal.primary_hostname:
                    change_primary_domain(portal, data["domain"])
                for field in ("name", "short_name", "level", "ownership", "address", "phone", "email"):
                    setattr(portal, field, data[field])
                portal.full_clean(exclude=["domain_url"])
                portal.save()
            refresh_portal(portal)
        except ValidationError as error:
            _apply_errors(form, error)
        else:
            messages.success(request, f"Đã cập nhật “{portal.name}”.")
            return redirect("tenants_school_index")
    return TemplateResponse(
        request, "tenants/school_form.html", {"form": form, "portal": portal, "administrators": administrators}
    )


CONFIRM_VALUE = "tam-ngung"


@district_staff_required
def school_toggle_active(request, pk):
    """Reopen in one click; stop only after a confirmation page (a stopped portal answers 503 to everyone)."""
    with schema_context("public"):
        portal = get_object_or_404(Portal.objects.prefetch_related("domains"), pk=pk, kind=Portal.Kind.SCHOOL)
    stopping = portal.is_active
    if request.method != "POST" or (stopping and request.POST.get("confirm") != CONFIRM_VALUE):
        if not stopping:
            return redirect("tenants_school_index")
        return TemplateResponse(
            request,
            "tenants/school_confirm_deactivate.html",
            {"portal": portal, "confirm_value": CONFIRM_VALUE, "link": portal.public_url(request)},
        )
    set_active(portal, not stopping)
    state = "tạm ngừng" if stopping else "mở lại"
    messages.success(request, f"Đã {state} cổng thông tin “{portal.name}”.")
    return redirect("tenants_school_index")
