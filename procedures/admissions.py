"""The public side of online admission: apply (with consent), follow by code + date of birth, results.

One page, three uses chosen by a POST field ``action`` (``apply`` / ``status``): identifiers and personal
data travel by POST only. Applying is open between the page's dates; the status look-up and the results
list work at any time. Both POSTs are throttled per address; answers are private and not indexed.
"""

from django import forms
from django.db import transaction
from django.template.response import TemplateResponse
from django.utils import timezone

from portal.personal_data import consent
from procedures import throttle
from procedures.codes import normalize_code
from procedures.models import AdmissionApplication

HONEYPOT = "website"
NOT_FOUND = "Không tìm thấy hồ sơ khớp với cả mã hồ sơ và ngày sinh đã nhập. Hãy kiểm tra lại."


class ApplicationForm(forms.ModelForm):
    website = forms.CharField(
        required=False, label="Để trống ô này", widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"})
    )

    class Meta:
        model = AdmissionApplication
        fields = [
            "child_name",
            "birth_date",
            "gender",
            "address",
            "previous_school",
            "parent_name",
            "parent_relation",
            "phone",
            "email",
        ]
        widgets = {"birth_date": consent.DateInput, "gender": forms.RadioSelect}

    def __init__(self, *args, page, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["birth_date"].input_formats = consent.DATE_FORMATS
        self.fields["parent_relation"].help_text = "Ví dụ: cha, mẹ, ông, bà, người giám hộ."
        if page.asks_previous_school():
            self.fields["previous_school"].required = True
        else:
            del self.fields["previous_school"]
        consent.add_consent_fields(
            self, retention_days=page.retention_days, birth_field="birth_date", name_field="child_name"
        )
        del self.fields[consent.PARENT_NAME]  # the parent is named in the application itself

    def clean(self):
        cleaned = super().clean()
        if cleaned.get(HONEYPOT):
            raise forms.ValidationError("Không gửi được hồ sơ. Hãy để trống các ô ẩn rồi gửi lại.")
        consent.check_consent(self, cleaned)
        return cleaned


class StatusForm(forms.Form):
    code = forms.CharField(label="Mã hồ sơ", max_length=40)
    birth_date = forms.DateField(
        label="Ngày sinh của trẻ", widget=consent.DateInput, input_formats=consent.DATE_FORMATS
    )

    def clean_code(self):
        return normalize_code(self.cleaned_data["code"])


def _response(request, page, context, status=200):
    response = TemplateResponse(request, page.get_template(request), context, status=status)
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


def serve_admission(page, request):
    context = page.get_context(request)
    is_open = page.is_open()
    context.update(is_open=is_open, honeypot=HONEYPOT, now=timezone.now())
    form = ApplicationForm(page=page) if is_open else None
    status_form = StatusForm(prefix="tra")  # prefixed: the application form has its own birth_date
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "status":
            if not throttle.hit("status", request):
                return throttle.throttled_response(request, "status", page)
            status_form = StatusForm(request.POST, prefix="tra")
            if status_form.is_valid():
                found = AdmissionApplication.objects.filter(
                    page=page, code=status_form.cleaned_data["code"], birth_date=status_form.cleaned_data["birth_date"]
                ).first()
                context.update(found=found, not_found=NOT_FOUND if found is None else "")
        else:
            if not is_open:
                context.update(form=None, status_form=status_form)
                return _response(request, page, context, status=403)
            if not throttle.hit("form", request):
                return throttle.throttled_response(request, "form", page)
            form = ApplicationForm(request.POST, page=page)
            if form.is_valid():
                with transaction.atomic():
                    application = form.save(commit=False)
                    application.page = page
                    application.code = AdmissionApplication.new_code()
                    application.save()
                    form.cleaned_data[consent.PARENT_NAME] = application.parent_name
                    consent.record_consent(form, kind="Đăng ký xét tuyển", reference_code=application.code)
                context["submitted"] = application
                form = ApplicationForm(page=page)
    context.update(form=form, status_form=status_form)
    if page.results_published and page.personal_list_open():
        context["accepted"] = page.accepted()
    return _response(request, page, context)
