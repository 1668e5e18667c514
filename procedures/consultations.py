"""The public side of a consultation: read, comment until the deadline, see it closed and summarised.

A comment is stored as "Chờ duyệt" and shown only after staff publish it. After the deadline the form
is gone and a POST answers 403 with the reason. Posting is throttled per address and has a honeypot.
"""

from django import forms
from django.template.response import TemplateResponse
from django.utils import timezone

from procedures import throttle
from procedures.models import ConsultationComment

HONEYPOT = "website"
CLOSED = "Đã hết hạn tiếp nhận ý kiến lúc {deadline}."


class CommentForm(forms.Form):
    name = forms.CharField(label="Họ và tên", max_length=200)
    organization = forms.CharField(label="Đơn vị hoặc địa chỉ", max_length=255, required=False)
    contact = forms.CharField(label="Điện thoại hoặc thư điện tử", max_length=200)
    body = forms.CharField(label="Ý kiến góp ý", max_length=8000, widget=forms.Textarea(attrs={"rows": 8}))
    consent = forms.BooleanField(
        label="Tôi đồng ý để đơn vị dùng họ tên, liên hệ trên để tổng hợp và phản hồi ý kiến "
        "(không công khai liên hệ).",
        error_messages={"required": "Cần bạn đồng ý để đơn vị tiếp nhận ý kiến."},
    )
    website = forms.CharField(
        required=False, label="Để trống ô này", widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"})
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get(HONEYPOT):
            raise forms.ValidationError("Không gửi được ý kiến. Hãy để trống các ô ẩn rồi gửi lại.")
        return cleaned


def serve_consultation(page, request):
    context = page.get_context(request)
    is_open = page.is_open()
    deadline = timezone.localtime(page.deadline).strftime("%H:%M ngày %d/%m/%Y")
    context.update(
        is_open=is_open,
        closed_message="" if is_open else CLOSED.format(deadline=deadline),
        comments=page.published_comments(),
        honeypot=HONEYPOT,
    )
    status = 200
    if request.method == "POST":
        if not is_open:
            status = 403
            context["form"] = None
        elif not throttle.hit("comment", request):
            return throttle.throttled_response(request, "comment", page)
        else:
            form = CommentForm(request.POST)
            if form.is_valid():
                data = form.cleaned_data
                ConsultationComment.objects.create(
                    page=page,
                    name=data["name"],
                    organization=data["organization"],
                    contact=data["contact"],
                    body=data["body"],
                )
                context.update(sent=True, form=CommentForm())
            else:
                context["form"] = form
    else:
        context["form"] = CommentForm() if is_open else None
    response = TemplateResponse(request, page.get_template(request), context, status=status)
    response["Cache-Control"] = "private, no-store"
    return response
