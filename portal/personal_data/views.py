"""Public pages of the privacy layer: the register ("Dữ liệu cá nhân") and a parent's request form.

``/du-lieu-ca-nhan/``: what personal data this portal holds, why, how long, who sees it, generated from
the apps' declarations (``registry``), with the public lists now shown and their end dates.
``/du-lieu-ca-nhan/yeu-cau/``: a parent asks to see, correct or erase their child's data; the request
gets a code and a deadline in working days; staff handle it in the admin. Throttled per address, never
cached, not indexed (the answer carries the parent's data).
"""

import hashlib

from django import forms
from django.core.cache import cache
from django.db import transaction
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_safe

from portal.core.lockout import client_ip
from portal.personal_data import registry
from portal.personal_data.consent import DATE_FORMATS, DateInput
from portal.personal_data.models import DataSubjectRequest
from portal.personal_data.retention import publication_models

HONEYPOT = "website"
REQUESTS_PER_HOUR = 5
THROTTLED = "Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vì an toàn, vui lòng thử lại sau 60 phút."


class RequestForm(forms.ModelForm):
    confirm = forms.BooleanField(
        label="Tôi là cha, mẹ hoặc người giám hộ hợp pháp của trẻ (hoặc là chính người có dữ liệu) và thông tin "
        "trên là đúng. Nhà trường có thể liên hệ để xác minh trước khi giải quyết.",
        error_messages={"required": "Hãy xác nhận bạn là cha, mẹ, người giám hộ của trẻ để gửi yêu cầu."},
    )
    website = forms.CharField(
        required=False, label="Để trống ô này", widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"})
    )

    class Meta:
        model = DataSubjectRequest
        fields = [
            "kind",
            "child_name",
            "child_birth_date",
            "requester_name",
            "relation",
            "contact",
            "reference_codes",
            "details",
        ]
        widgets = {
            "kind": forms.RadioSelect,
            "child_birth_date": DateInput,
            "details": forms.Textarea(attrs={"rows": 4}),
        }
        help_texts = {
            "details": "Với yêu cầu sửa: ghi rõ thông tin nào sai và thông tin đúng.",
            "relation": "Ví dụ: cha, mẹ, người giám hộ.",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["child_birth_date"].input_formats = DATE_FORMATS
        self.fields["kind"].choices = DataSubjectRequest.Kind.choices

    def clean(self):
        cleaned = super().clean()
        if cleaned.get(HONEYPOT):
            raise forms.ValidationError("Không gửi được yêu cầu. Hãy để trống các ô ẩn rồi gửi lại.")
        birth = cleaned.get("child_birth_date")
        if birth and birth > timezone.localdate():
            self.add_error("child_birth_date", "Ngày sinh không thể sau ngày hôm nay.")
        if cleaned.get("kind") == DataSubjectRequest.Kind.CORRECT and not (cleaned.get("details") or "").strip():
            self.add_error("details", "Hãy ghi thông tin cần sửa.")
        return cleaned


def _allowed(request):
    digest = hashlib.sha256((client_ip(request) or "unknown").encode()).hexdigest()[:24]
    key = f"personal_data:requests:{digest}"
    if cache.add(key, 1, 3600):
        return True
    try:
        return cache.incr(key) <= REQUESTS_PER_HOUR
    except ValueError:
        cache.add(key, 1, 3600)
        return True


def _private(response):
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


@require_http_methods(["GET", "HEAD", "POST"])
def request_view(request):
    submitted = None
    status = 200
    if request.method == "POST":
        if not _allowed(request):
            form, status = RequestForm(), 429
            form.add_error(None, THROTTLED)
        else:
            form = RequestForm(request.POST)
            if form.is_valid():
                with transaction.atomic():
                    submitted = form.save(commit=False)
                    submitted.code = DataSubjectRequest.new_code()
                    submitted.save()
                form = RequestForm()
    else:
        form = RequestForm()
    context = {"form": form, "submitted": submitted, "honeypot": HONEYPOT}
    return _private(render(request, "personal_data/request_form.html", context, status=status))


@require_safe
def register_view(request):
    """The register: one row per declared model, plus the public lists currently shown."""
    today = timezone.localdate()
    lists = []
    for model in publication_models():
        for page in model.objects.live().public().filter(personal_until__gte=today).order_by("personal_until"):
            if page.publishes_personal_data(today):
                lists.append(page)
    context = {"declarations": registry.declarations(), "public_lists": lists}
    response = render(request, "personal_data/register.html", context)
    response["Cache-Control"] = "private, no-cache"
    return response
