"""A school's own screens: its registration list, the annex form, the regulations kit.

The school is always ``request.tenant`` (the portal the request came in through): no form field,
URL or record chosen by the user says which school. An entry of another school is a 404.
"""

from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.http import require_POST
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from mailaccounts import workflow
from mailaccounts.exports.annex import annex_docx, annex_xlsx
from mailaccounts.exports.layout import DOCX_TYPE
from mailaccounts.exports.regulations import DRAFTS, DRAFTS_BY_SLUG, draft_docx
from mailaccounts.forms import AccountForm, PreparerForm, RegulationsForm
from mailaccounts.models import POSITION_CHOICES, MailAccount, MailAccountEvent, MailService, RegulationsRecord

DECISIONS_COLLECTION = "Hồ sơ quy chế (nội bộ)"


def can_register(request):
    tenant = getattr(request, "tenant", None)
    return bool(tenant is not None and tenant.is_school and request.user.has_perm("mailaccounts.change_mailaccount"))


def school_staff_required(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not can_register(request):
            raise PermissionDenied("Chỉ người được phân quyền của trường được lập danh sách thư điện tử.")
        return view(request, *args, **kwargs)

    return wrapped


def own_account(request, pk):
    """An entry of this school only: another school's id is simply not found."""
    return get_object_or_404(MailAccount, pk=pk, portal=request.tenant)


def apply_errors(form, error):
    for field, texts in getattr(error, "message_dict", {"__all__": error.messages}).items():
        for text in texts:
            form.add_error(field if field in form.fields else None, text)


def attachment(content, filename, content_type):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


@school_staff_required
def index(request):
    school = request.tenant
    accounts = list(MailAccount.objects.filter(portal=school).order_by("sort_order", "pk"))
    context = {
        "accounts": accounts,
        "service": MailService.current(),
        "editable_count": sum(1 for a in accounts if a.is_editable),
        "preparer_form": PreparerForm(initial={"preparer": request.user.get_full_name()}),
        "drafts": DRAFTS,
        "record": RegulationsRecord.objects.filter(portal=school).first(),
    }
    return TemplateResponse(request, "mailaccounts/school_index.html", context)


def _account_form(request, account=None):
    school = request.tenant
    initial = None
    if account is not None:
        initial = {
            f: getattr(account, f) for f in ("kind", "full_name", "position", "phone", "user_part", "sort_order")
        }
    form = AccountForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if v not in (None,)}
        try:
            if account is None:
                saved = workflow.create_entry(school, workflow.Actor.from_request(request), data)
                messages.success(request, f"Đã thêm {saved.display_name}: {saved.address}.")
            else:
                saved = workflow.update_entry(account, workflow.Actor.from_request(request), data)
                messages.success(request, f"Đã lưu {saved.display_name}: {saved.address}.")
            return redirect("mailaccounts_school_index")
        except ValidationError as error:
            apply_errors(form, error)
    context = {"form": form, "account": account, "positions": POSITION_CHOICES, "service": MailService.current()}
    if account is not None:
        context["events"] = account.events.all()[:50]
    return TemplateResponse(request, "mailaccounts/account_form.html", context)


@school_staff_required
def create(request):
    return _account_form(request)


@school_staff_required
def edit(request, pk):
    return _account_form(request, own_account(request, pk))


@school_staff_required
@require_POST
def delete(request, pk):
    account = own_account(request, pk)
    try:
        workflow.delete_entry(account, workflow.Actor.from_request(request))
        messages.success(request, f"Đã xóa dòng {account.display_name}.")
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("mailaccounts_school_index")


@school_staff_required
@require_POST
def submit(request):
    count = workflow.submit_list(request.tenant, workflow.Actor.from_request(request))
    if count:
        messages.success(request, f"Đã gửi {count} dòng cho cơ quan quản lý duyệt.")
    else:
        messages.warning(request, "Không có dòng nào đang lập hoặc cần sửa để gửi.")
    return redirect("mailaccounts_school_index")


@school_staff_required
def annex(request):
    form = PreparerForm(request.GET)
    data = form.cleaned_data if form.is_valid() else {}
    content = annex_docx(
        request.tenant, preparer=data.get("preparer", ""), preparer_phone=data.get("preparer_phone", "")
    )
    return attachment(content, f"dang-ky-email-{request.tenant.schema_name}.docx", DOCX_TYPE)


@school_staff_required
def spreadsheet(request):
    content = annex_xlsx(request.tenant)
    return attachment(
        content,
        f"dang-ky-email-{request.tenant.schema_name}.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


@school_staff_required
def history(request):
    events = MailAccountEvent.objects.filter(portal=request.tenant)[:300]
    return TemplateResponse(request, "mailaccounts/history.html", {"events": events})


@school_staff_required
def draft(request, slug):
    if slug not in DRAFTS_BY_SLUG:
        raise Http404("Không có mẫu văn bản này.")
    return attachment(draft_docx(slug, request.tenant, request), f"{slug}-{request.tenant.schema_name}.docx", DOCX_TYPE)


def private_collection():
    """A collection readable only by logged-in users of this portal (``portal.core.privacy`` applies it)."""
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=DECISIONS_COLLECTION).first()
    if collection is None:
        collection = root.add_child(name=DECISIONS_COLLECTION)
    if not collection.get_view_restrictions().exists():
        CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.LOGIN
        )
    return collection


@school_staff_required
def regulations(request):
    school = request.tenant
    record = RegulationsRecord.objects.filter(portal=school).first() or RegulationsRecord(portal=school)
    form = RegulationsForm(request.POST or None, request.FILES or None, instance=record)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            record = form.save(commit=False)
            record.portal = school  # never from the form
            upload = form.cleaned_data.get("decision_pdf")
            if upload:
                Document = get_document_model()
                title = f"Quyết định thành lập Ban Biên tập {record.decision_number}".strip()
                document = Document(
                    title=title, file=upload, collection=private_collection(), uploaded_by_user=request.user
                )
                document._set_document_file_metadata()  # size and hash, as Wagtail's upload form does
                document.save()
                record.decision_document_id, record.decision_file_name = document.pk, upload.name
            record.updated_at, record.updated_by = timezone.now(), str(workflow.Actor.from_request(request))
            record.save()
        messages.success(request, "Đã lưu hồ sơ quy chế.")
        return redirect("mailaccounts_school_regulations")
    decision = None
    if record.decision_document_id:
        decision = get_document_model().objects.filter(pk=record.decision_document_id).first()
    context = {"form": form, "record": record, "decision": decision, "drafts": DRAFTS}
    return TemplateResponse(request, "mailaccounts/regulations.html", context)
