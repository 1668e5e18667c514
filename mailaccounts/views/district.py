"""The supervising body's screens: review every school's list, decide per entry, feed the mail server.

Only in the district's own portal, for the staff who manage schools (``tenants.change_portal``, group
"Quản lý cơ sở giáo dục"); every decision is recorded with the officer's name (``workflow``).
"""

from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST

from mailaccounts import passwords, workflow
from mailaccounts.exports.mailserver import accounts_csv, dovecot_passwd, live_accounts, postfix_virtual_mailboxes
from mailaccounts.forms import DecisionForm, MailServiceForm
from mailaccounts.models import MailAccount, MailAccountEvent, MailService, RegulationsRecord
from mailaccounts.views.school import attachment
from tenants.models import Portal

Status = MailAccount.Status


def can_review(request):
    tenant = getattr(request, "tenant", None)
    return bool(tenant is not None and tenant.is_district and request.user.has_perm("tenants.change_portal"))


def district_staff_required(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not can_review(request):
            raise PermissionDenied("Chỉ cán bộ của cơ quan quản lý được duyệt danh sách thư điện tử.")
        return view(request, *args, **kwargs)

    return wrapped


@district_staff_required
def review(request):
    status = request.GET.get("trang_thai", Status.SUBMITTED)
    school_id = request.GET.get("truong", "")
    accounts = MailAccount.objects.select_related("portal").order_by("portal__name", "sort_order", "pk")
    if status in Status.values:
        accounts = accounts.filter(status=status)
    if school_id.isdigit():
        accounts = accounts.filter(portal_id=int(school_id))
    schools = Portal.objects.filter(kind=Portal.Kind.SCHOOL).order_by("name")
    counts = {row: MailAccount.objects.filter(status=row).count() for row in Status.values}
    context = {
        "accounts": list(accounts[:500]),
        "status": status,
        "school_id": school_id,
        "schools": schools,
        "statuses": [(value, label, counts[value]) for value, label in Status.choices],
        "service": MailService.current(),
        "without_password": live_accounts().filter(status=Status.APPROVED, password_hash="").count(),
    }
    return TemplateResponse(request, "mailaccounts/district_review.html", context)


@district_staff_required
@require_POST
def decide(request, pk):
    account = get_object_or_404(MailAccount, pk=pk)
    form = DecisionForm(request.POST)
    if form.is_valid():
        try:
            workflow.decide(
                account, form.cleaned_data["action"], workflow.Actor.from_request(request), form.cleaned_data["reason"]
            )
            messages.success(request, f"{account.address}: {account.get_status_display().lower()}.")
        except ValidationError as error:
            messages.error(request, f"{account.address}: " + " ".join(error.messages))
    else:
        messages.error(request, "Thao tác không hợp lệ.")
    return redirect(request.POST.get("next") or "mailaccounts_district_review")


@district_staff_required
def history(request, pk):
    account = get_object_or_404(MailAccount.objects.select_related("portal"), pk=pk)
    return TemplateResponse(
        request, "mailaccounts/history.html", {"events": account.events.all(), "account": account, "district": True}
    )


@district_staff_required
def service(request):
    instance = MailService.objects.filter(portal=request.tenant).first() or MailService.current()
    instance.portal = request.tenant
    form = MailServiceForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Đã lưu cấu hình hệ thống thư điện tử.")
        return redirect("mailaccounts_district_review")
    return TemplateResponse(request, "mailaccounts/service_form.html", {"form": form})


@district_staff_required
@require_POST
def issue_passwords(request):
    """Initial passwords for approved mailboxes without one: shown once on this page, then only hashes remain."""
    accounts = live_accounts().filter(status=Status.APPROVED, password_hash="")
    issued = passwords.issue_initial_passwords(list(accounts), workflow.Actor.from_request(request))
    response = TemplateResponse(request, "mailaccounts/passwords_issued.html", {"issued": issued})
    response["Cache-Control"] = "private, no-store"
    return response


@district_staff_required
def export_csv(request):
    return attachment(accounts_csv(), "tai-khoan-thu-dien-tu.csv", "text/csv; charset=utf-8")


@district_staff_required
def export_postfix(request):
    return attachment(postfix_virtual_mailboxes(), "virtual_mailboxes", "text/plain; charset=utf-8")


@district_staff_required
def export_dovecot(request):
    return attachment(dovecot_passwd(), "passwd", "text/plain; charset=utf-8")


@district_staff_required
def regulations(request):
    """Every school's recorded decision and focal persons, from the public schema (one query)."""
    records = {r.portal_id: r for r in RegulationsRecord.objects.all()}
    schools = list(Portal.objects.filter(kind=Portal.Kind.SCHOOL).order_by("level", "name"))
    for school in schools:
        school.record = records.get(school.pk)
    events = MailAccountEvent.objects.select_related("portal")[:30]
    return TemplateResponse(request, "mailaccounts/district_regulations.html", {"schools": schools, "events": events})
