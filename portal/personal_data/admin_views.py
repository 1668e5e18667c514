"""Staff side of data-subject requests: see everything held about the child, export it, erase it.

Who: users allowed to change ``DataSubjectRequest`` (the portal's administrators, and whoever they give
that permission). Every view and export is written to the ``AccessLog``; every erasure to the
``ErasureLog`` (``subjects.erase_record``) and to the request's own answer.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.http import require_POST

from portal.core import privacy
from portal.personal_data import subjects
from portal.personal_data.access import log_access
from portal.personal_data.models import AccessLog, DataSubjectRequest

PERMISSION = "personal_data.change_datasubjectrequest"


def _request_for(request, pk):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    return get_object_or_404(DataSubjectRequest, pk=pk)


def _exclude(item):
    return {("personal_data.DataSubjectRequest", item.pk)}


def handle_view(request, pk):
    """Everything found about the request's child, with export and erase buttons."""
    item = _request_for(request, pk)
    found = [] if item.anonymised else subjects.find(item.subject(), exclude=_exclude(item))
    if not item.anonymised:
        log_access(request, AccessLog.Action.VIEW, "Dữ liệu theo yêu cầu", reference=item.code)
    if item.status == DataSubjectRequest.Status.RECEIVED:
        item.status = DataSubjectRequest.Status.IN_PROGRESS
        item.handled_by = request.user.get_username()
        item.save()
    rows = [(declaration, [declaration.export_record(obj) for obj in records]) for declaration, records in found]
    context = {"item": item, "found": rows, "today": timezone.localdate()}
    return TemplateResponse(request, "personal_data/admin/handle_request.html", context)


def export_view(request, pk):
    item = _request_for(request, pk)
    body = subjects.export_json(item.subject(), exclude=_exclude(item))
    log_access(request, AccessLog.Action.EXPORT, "Toàn bộ dữ liệu về một trẻ (JSON)", reference=item.code)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="du-lieu-{item.code}.json"'
    return privacy.set_cache(response, private=True)


@require_POST
def erase_view(request, pk):
    item = _request_for(request, pk)
    user = request.user.get_username()
    counts = subjects.erase(item.subject(), user=user, request_code=item.code, exclude=_exclude(item))
    log_access(request, AccessLog.Action.ERASE, "Toàn bộ dữ liệu về một trẻ", reference=item.code)
    summary = "; ".join(f"{name}: {count}" for name, count in counts.items()) or "không có dữ liệu nào"
    item.answer = (
        item.answer + "\n" if item.answer else ""
    ) + f"Đã xóa ngày {timezone.localdate():%d/%m/%Y}: {summary}."
    item.status = DataSubjectRequest.Status.DONE
    item.handled_by = user
    item.save()
    messages.success(request, f"Đã xóa dữ liệu theo yêu cầu {item.code} ({summary}).")
    return redirect("personal_data_handle", pk=item.pk)
