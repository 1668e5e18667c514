"""The public side of the look-ups: one form, two identifiers, one record or a neutral "not found".

Rules (issue 11): both identifiers must match exactly (no partial match, no name search, no list); a
miss never says which one was wrong; every attempt counts against the address's limit
(``procedures.throttle``); answers are ``Cache-Control: private, no-store``, ``X-Robots-Tag: noindex``
and the page carries ``<meta name="robots" content="noindex">``. Identifiers travel by POST, so they
stay out of addresses, logs and browser history.
"""

from django import forms
from django.template.response import TemplateResponse

from portal.personal_data.consent import DATE_FORMATS, DateInput
from procedures import throttle
from procedures.codes import normalize_code
from procedures.models import Diploma, ExamResult, ProcedurePage

NOT_FOUND = (
    "Không tìm thấy kết quả khớp với cả hai thông tin đã nhập. Hãy kiểm tra lại và nhập đầy đủ, chính xác "
    "(không tra cứu theo một phần số)."
)


class LookupForm(forms.Form):
    number = forms.CharField(max_length=40)
    birth_date = forms.DateField(label="Ngày sinh", widget=DateInput, input_formats=DATE_FORMATS)

    def __init__(self, *args, number_label="Số báo danh", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["number"].label = number_label

    def clean_number(self):
        return normalize_code(self.cleaned_data["number"])


def _private(response):
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


def _serve(page, request, *, model, number_field, number_label, extra=None):
    context = page.get_context(request)
    context.update(extra or {})
    if request.method == "POST":
        if not throttle.hit("lookup", request):
            return _private(throttle.throttled_response(request, "lookup", page))
        form = LookupForm(request.POST, number_label=number_label)
        if form.is_valid():
            record = model.objects.filter(
                page=page,
                **{number_field: form.cleaned_data["number"]},
                birth_date=form.cleaned_data["birth_date"],
            ).first()
            context.update(record=record, not_found=NOT_FOUND if record is None else "")
    else:
        form = LookupForm(number_label=number_label)
    context["form"] = form
    return _private(TemplateResponse(request, page.get_template(request), context))


def serve_exam_lookup(page, request):
    return _serve(page, request, model=ExamResult, number_field="candidate_number", number_label="Số báo danh")


def serve_diploma_lookup(page, request):
    procedure = page.issuance_procedure
    if procedure is None or not procedure.live:
        procedure = ProcedurePage.objects.live().public().filter(slug="cap-ban-sao-van-bang-chung-chi").first()
    extra = {"yearly_counts": page.yearly_counts(), "issuance_procedure": procedure}
    return _serve(page, request, model=Diploma, number_field="number", number_label="Số hiệu văn bằng", extra=extra)
