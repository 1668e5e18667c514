"""How a public online form is built, served, stored and notified (``OnlineFormPage``'s behaviour).

Kept out of the model module so the page type stays a declaration. Flow of a POST:
closed or not yet open -> 403 with the reason; over the per-address limit -> 429; honeypot filled or
invalid -> the form again with Vietnamese errors, nothing stored; valid -> one transaction stores the
submission with its reference code, its files and the consent record, then (after commit) the receiving
address gets a notification and the visitor sees the code.
"""

import datetime

from django import forms
from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.response import TemplateResponse
from django.utils import timezone
from wagtail.contrib.forms.forms import FormBuilder

from portal.core.storage import STORAGE_FULL_MESSAGE, StorageFull
from portal.personal_data import consent
from procedures import throttle
from procedures.models import FormStatus, OnlineFormSubmission, SubmissionFile, erase_after
from procedures.uploads import SafeFileField, stored_file
from tenants.projections import current_portal

HONEYPOT = "website"
HONEYPOT_ERROR = "Không gửi được biểu mẫu. Nếu bạn dùng trình tự điền, hãy để trống các ô ẩn rồi gửi lại."
NOT_OPEN = {
    FormStatus.UPCOMING: "Biểu mẫu chưa mở: nhận hồ sơ từ {opens}.",
    FormStatus.CLOSED: "Biểu mẫu đã hết hạn nhận hồ sơ lúc {closes}.",
}
DATE_FORMATS = consent.DATE_FORMATS


class OnlineFormBuilder(FormBuilder):
    def create_date_field(self, field, options):
        return forms.DateField(widget=consent.DateInput, input_formats=DATE_FORMATS, **options)

    def create_file_field(self, field, options):
        options.pop("initial", None)
        return SafeFileField(**options)


def prepare_form(page, form):
    """The builder's form plus honeypot and, for a form about a child, the consent fields."""
    form.fields[HONEYPOT] = forms.CharField(
        required=False,
        label="Để trống ô này",
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    if page.about_child:
        consent.add_consent_fields(form, retention_days=page.retention_days)
    original_clean = form.clean

    def clean():
        cleaned = original_clean()
        if form.cleaned_data.get(HONEYPOT):
            form.add_error(None, HONEYPOT_ERROR)
        if page.about_child:
            consent.check_consent(form, form.cleaned_data)
        return cleaned

    form.clean = clean
    return form


def _json_value(value):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def store_submission(page, form):
    """Store the submission, its files and consent in one transaction; notify after commit."""
    data = consent.without_consent({k: v for k, v in form.cleaned_data.items() if k != HONEYPOT})
    uploads = {name: value for name, value in data.items() if hasattr(value, "chunks")}
    for name, upload in uploads.items():
        data[name] = upload.name
    data = {name: _json_value(value) for name, value in data.items()}
    stored = []  # files written so far: removed again if the submission cannot be stored whole
    try:
        with transaction.atomic():
            submission = OnlineFormSubmission.objects.create(
                page=page,
                form_data=data,
                reference_code=OnlineFormSubmission.new_reference(),
                erase_after=erase_after(page.retention_days),
            )
            for name, upload in uploads.items():
                record = SubmissionFile(
                    submission=submission, field_name=name, original_name=upload.name[:255], size=upload.size
                )
                content = stored_file(upload)
                record.file.save(content.name, content, save=False)
                stored.append(record.file)
                record.save()
            if page.about_child:
                consent.record_consent(form, kind="Biểu mẫu trực tuyến", reference_code=submission.reference_code)
            if page.to_address:
                link = admin_submissions_url(page)  # built now, inside this portal (docs pitfall 10)
                transaction.on_commit(lambda: notify(page, submission, link), robust=True)
    except Exception:
        for field_file in stored:  # the rows were rolled back: no file of this submission stays
            field_file.storage.delete(field_file.name)
        raise
    return submission


def display_value(value):
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return datetime.date.fromisoformat(value).strftime("%d/%m/%Y")
        except ValueError:
            return value
    return "" if value is None else str(value)


def admin_submissions_url(page):
    """This portal's admin list of the page's submissions, from the registry (docs pitfall 10)."""
    portal = current_portal()
    path = f"/admin/forms/submissions/{page.pk}/"
    return portal.absolute_url(path) if portal is not None else path


def notify(page, submission, link):
    """E-mail the receiving address: the code, the answers (files named, not attached), the admin link."""
    labels = dict(page.get_data_fields())
    lines = [f"Mã hồ sơ: {submission.reference_code}", f"Biểu mẫu: {page.title}"]
    lines.append(f"Thời gian nộp: {timezone.localtime(submission.submit_time):%H:%M %d/%m/%Y}")
    lines.append("")
    for name, value in submission.form_data.items():
        lines.append(f"{labels.get(name, name)}: {display_value(value)}")
    if submission.files.exists():
        lines.append("")
        lines.append(
            "Tệp đính kèm (xem trong trang quản trị): " + ", ".join(f.original_name for f in submission.files.all())
        )
    lines += ["", f"Xem và xuất danh sách hồ sơ: {link}"]
    subject = page.subject or f"Hồ sơ trực tuyến mới: {page.title}"
    message = EmailMessage(
        subject=f"{subject} [{submission.reference_code}]",
        body="\n".join(lines),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[address.strip() for address in page.to_address.split(",") if address.strip()],
    )
    message.send()


def _render(page, request, form, *, status=200, message=""):
    context = page.get_context(request)
    context.update(form=form, form_status=page.status(), status_message=message, honeypot=HONEYPOT)
    response = TemplateResponse(request, page.get_template(request), context, status=status)
    response["Cache-Control"] = "private, no-store"
    return response


def status_message(page):
    status = page.status()
    if status == FormStatus.OPEN:
        return ""
    fmt = "%H:%M ngày %d/%m/%Y"
    opens = timezone.localtime(page.opens_at).strftime(fmt) if page.opens_at else ""
    closes = timezone.localtime(page.closes_at).strftime(fmt) if page.closes_at else ""
    return NOT_OPEN[status].format(opens=opens, closes=closes)


def serve_form(page, request, *args, **kwargs):
    message = status_message(page)
    if request.method != "POST":
        form = page.get_form(page=page, user=request.user) if not message else None
        return _render(page, request, form, message=message)
    if message:
        return _render(page, request, None, status=403, message=message)
    if not throttle.hit("form", request):
        return throttle.throttled_response(request, "form", page)
    form = page.get_form(request.POST, request.FILES, page=page, user=request.user)
    if not form.is_valid():
        return _render(page, request, form)
    try:
        submission = page.process_form_submission(form)
    except StorageFull:  # the disk is full: nothing was kept, the visitor is told beside the form
        form.add_error(None, STORAGE_FULL_MESSAGE)
        return _render(page, request, form, status=507)
    response = page.render_landing_page(request, submission, *args, **kwargs)
    response["Cache-Control"] = "private, no-store"
    return response


__all__ = ["OnlineFormBuilder", "prepare_form", "serve_form", "store_submission"]
