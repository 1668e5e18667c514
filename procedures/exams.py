"""The public side of an exam registration: register (with consent), then the published candidate list."""

from django import forms
from django.db import transaction
from django.template.response import TemplateResponse

from portal.personal_data import consent
from procedures import throttle
from procedures.models import ExamCandidate

HONEYPOT = "website"


class CandidateForm(forms.ModelForm):
    website = forms.CharField(
        required=False, label="Để trống ô này", widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"})
    )

    class Meta:
        model = ExamCandidate
        fields = ["full_name", "birth_date", "school", "class_name", "phone"]
        widgets = {"birth_date": consent.DateInput}

    def __init__(self, *args, page, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["birth_date"].input_formats = consent.DATE_FORMATS
        consent.add_consent_fields(
            self, retention_days=page.retention_days, birth_field="birth_date", name_field="full_name"
        )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get(HONEYPOT):
            raise forms.ValidationError("Không gửi được đăng ký. Hãy để trống các ô ẩn rồi gửi lại.")
        consent.check_consent(self, cleaned)
        return cleaned


def serve_exam(page, request):
    context = page.get_context(request)
    is_open = page.is_open()
    context.update(is_open=is_open, honeypot=HONEYPOT)
    form = CandidateForm(page=page) if is_open else None
    status = 200
    if request.method == "POST":
        if not is_open:
            status, form = 403, None
        elif not throttle.hit("form", request):
            return throttle.throttled_response(request, "form", page)
        else:
            form = CandidateForm(request.POST, page=page)
            if form.is_valid():
                with transaction.atomic():
                    candidate = form.save(commit=False)
                    candidate.page = page
                    candidate.code = ExamCandidate.new_code()
                    candidate.save()
                    consent.record_consent(form, kind="Đăng ký dự thi", reference_code=candidate.code)
                context["registered"] = candidate
                form = CandidateForm(page=page)
    context["form"] = form
    if page.candidates_published and page.personal_list_open():
        context["candidates"] = page.published_candidates()
    results = page.results_page
    context["results_page"] = results if results is not None and results.live else None
    response = TemplateResponse(request, page.get_template(request), context, status=status)
    response["Cache-Control"] = "private, no-store"
    if page.publishes_personal_data():
        response["X-Robots-Tag"] = "noindex"
    return response
