"""Admin views of the online services: export of submissions, one submission with its files, and the
data subject's rights through the privacy layer (``portal.personal_data``: export, erasure, access log).

Access: a user sees a form's submissions when Wagtail lets them edit the form page
(``get_forms_for_user``, the rule of Wagtail's own submissions list).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST
from wagtail.contrib.forms.utils import get_forms_for_user

from portal.core import privacy
from portal.personal_data.access import log_access
from portal.personal_data.models import AccessLog, ConsentRecord, ErasureLog
from portal.personal_data.subjects import erase_record, export_json
from procedures import exporting
from procedures.codes import normalize_code
from procedures.models import OnlineFormPage, OnlineFormSubmission, SubmissionFile
from procedures.privacy import submission_subject
from procedures.uploads import serve_submission_file


def _form_page(request, page_id):
    if not get_forms_for_user(request.user).filter(pk=page_id).exists():
        raise PermissionDenied
    return get_object_or_404(OnlineFormPage, pk=page_id)


def _submission(request, code):
    submission = OnlineFormSubmission.objects.filter(reference_code=normalize_code(code)).first()
    if submission is None:
        raise Http404("Không tìm thấy hồ sơ.")
    if not get_forms_for_user(request.user).filter(pk=submission.page_id).exists():
        raise PermissionDenied
    return submission


def export_view(request, page_id, kind):
    page = _form_page(request, page_id)
    if kind not in exporting.FORMATS:
        raise Http404
    data, content_type, name = exporting.export(page, kind)
    log_access(request, AccessLog.Action.EXPORT, f"Hồ sơ nộp trực tuyến ({kind.upper()})", reference=page.title)
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return privacy.set_cache(response, private=True)


def submission_view(request):
    """Find a submission by its code: its answers, files, consent; export or erase it."""
    code = normalize_code(request.GET.get("ma", ""))
    submission = OnlineFormSubmission.objects.filter(reference_code=code).first() if code else None
    if submission is not None and not get_forms_for_user(request.user).filter(pk=submission.page_id).exists():
        submission = None  # another editor's form: as if it did not exist
    if submission is not None and request.GET.get("xuat") == "json":
        body = export_json(submission_subject(submission))
        log_access(
            request, AccessLog.Action.EXPORT, "Dữ liệu của người nộp (JSON)", reference=submission.reference_code
        )
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="du-lieu-{submission.reference_code}.json"'
        return privacy.set_cache(response, private=True)
    context = {"code": code, "submission": submission}
    if submission is not None:
        log_access(request, AccessLog.Action.VIEW, "Hồ sơ nộp trực tuyến", reference=submission.reference_code)
        labels = dict(submission.page.specific.get_data_fields())
        context.update(
            answers=[
                (labels.get(name, name), exporting.display_value(value)) for name, value in submission.form_data.items()
            ],
            files=submission.files.all(),
            consents=ConsentRecord.objects.filter(reference_code=submission.reference_code),
        )
    return TemplateResponse(request, "procedures/admin/submission.html", context)


def file_view(request, file_id):
    item = get_object_or_404(SubmissionFile.objects.select_related("submission"), pk=file_id)
    if not get_forms_for_user(request.user).filter(pk=item.submission.page_id).exists():
        raise PermissionDenied
    log_access(request, AccessLog.Action.VIEW, "Tệp đính kèm hồ sơ", reference=item.submission.reference_code)
    return serve_submission_file(request, item)


def erase_submission(submission, *, reason, user=""):
    """Delete a submission, its files and consent records; keep only a log line (``personal_data``)."""
    erase_record("procedures.OnlineFormSubmission", submission, reason=reason, user=user)


@require_POST
def erase_view(request, code):
    submission = _submission(request, code)
    erase_submission(submission, reason=ErasureLog.Reason.REQUEST, user=request.user.get_username())
    log_access(request, AccessLog.Action.ERASE, "Hồ sơ nộp trực tuyến", reference=submission.reference_code)
    messages.success(request, f"Đã xóa hồ sơ {submission.reference_code} và mọi dữ liệu kèm theo.")
    return redirect("procedures_submission")
