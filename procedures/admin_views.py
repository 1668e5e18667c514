"""Admin views of the online services: export of submissions, one submission with its files, and the
data subject's rights (export of one person's data, erasure on request; Law 91/2025/QH15).

Access: a user sees a form's submissions when Wagtail lets them edit the form page
(``get_forms_for_user``, the rule of Wagtail's own submissions list).
"""

import json

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST
from wagtail.contrib.forms.utils import get_forms_for_user

from portal.core import privacy
from procedures import exporting
from procedures.codes import normalize_code
from procedures.models import ConsentRecord, ErasureLog, OnlineFormPage, OnlineFormSubmission, SubmissionFile
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
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return privacy.set_cache(response, private=True)


def personal_data(submission):
    consent = ConsentRecord.objects.filter(reference_code=submission.reference_code)
    return {
        "ma_ho_so": submission.reference_code,
        "bieu_mau": submission.page.title,
        "thoi_gian_nop": submission.submit_time,
        "du_lieu": submission.form_data,
        "tep_dinh_kem": [item.original_name for item in submission.files.all()],
        "su_dong_y": [
            {
                "cha_me": record.parent_name,
                "noi_dung": record.parent_wording,
                "luc": record.parent_agreed_at,
                "hoc_sinh_dong_y_luc": record.child_agreed_at,
            }
            for record in consent
        ],
        "xoa_sau_ngay": submission.erase_after,
    }


def submission_view(request):
    """Find a submission by its code: its answers, files, consent; export or erase it."""
    code = normalize_code(request.GET.get("ma", ""))
    submission = OnlineFormSubmission.objects.filter(reference_code=code).first() if code else None
    if submission is not None and not get_forms_for_user(request.user).filter(pk=submission.page_id).exists():
        submission = None  # another editor's form: as if it did not exist
    if submission is not None and request.GET.get("xuat") == "json":
        body = json.dumps(personal_data(submission), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="du-lieu-{submission.reference_code}.json"'
        return privacy.set_cache(response, private=True)
    context = {"code": code, "submission": submission}
    if submission is not None:
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
    return serve_submission_file(request, item)


def erase_submission(submission, *, reason, user=""):
    """Delete a submission, its files and consent records; keep only a log line without personal data."""
    with transaction.atomic():
        code = submission.reference_code
        for item in submission.files.all():
            item.delete()
        ConsentRecord.objects.filter(reference_code=code).delete()
        submission.delete()
        ErasureLog.objects.create(reference_code=code, kind="bieu_mau", reason=reason, erased_by=user)


@require_POST
def erase_view(request, code):
    submission = _submission(request, code)
    erase_submission(submission, reason=ErasureLog.Reason.REQUEST, user=request.user.get_username())
    messages.success(request, f"Đã xóa hồ sơ {submission.reference_code} và mọi dữ liệu kèm theo.")
    return redirect("procedures_submission")
