"""The public contact form: safeguards of the online forms, storage, and the e-mail to the chosen address.

Safeguards are the core's (``portal.core.throttle``: per-address limit, honeypot, 429 page), the same as
the procedures' forms; errors are in Vietnamese and a refused message loses nothing the visitor typed.
"""

from django import forms
from django.conf import settings
from django.core.mail import EmailMessage
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone

from portal.contact.models import ContactMessage
from portal.core import throttle

LIMIT, WINDOW = 5, 3600
NEED_CONTACT = "Vui lòng để lại thư điện tử hoặc số điện thoại để đơn vị trả lời."
SENT_PARAM = "da-gui"


class ContactForm(forms.Form):
    recipient = forms.ChoiceField(
        label="Gửi đến",
        error_messages={"required": "Vui lòng chọn nơi nhận.", "invalid_choice": "Vui lòng chọn nơi nhận."},
    )
    name = forms.CharField(label="Họ và tên", max_length=200, error_messages={"required": "Vui lòng nhập họ và tên."})
    email = forms.EmailField(
        label="Thư điện tử", required=False, error_messages={"invalid": "Địa chỉ thư điện tử không hợp lệ."}
    )
    phone = forms.RegexField(
        label="Điện thoại",
        regex=r"^[0-9 +().-]{8,20}$",
        required=False,
        error_messages={"invalid": "Số điện thoại chỉ gồm chữ số (8 đến 20 ký tự)."},
    )
    subject = forms.CharField(label="Tiêu đề", max_length=255, error_messages={"required": "Vui lòng nhập tiêu đề."})
    body = forms.CharField(
        label="Nội dung",
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={"required": "Vui lòng nhập nội dung.", "max_length": "Nội dung dài tối đa 5.000 ký tự."},
    )

    def __init__(self, *args, destinations, **kwargs):
        super().__init__(*args, **kwargs)
        self.destinations = {key: (label, address) for key, label, address in destinations}
        self.fields["recipient"].choices = [("", "— Chọn bộ phận —")] + [(k, label) for k, label, _a in destinations]
        self.fields[throttle.HONEYPOT] = throttle.honeypot_field()

    def clean(self):
        cleaned = super().clean()
        if throttle.honeypot_filled(cleaned):
            raise forms.ValidationError(throttle.HONEYPOT_ERROR)
        if (
            not cleaned.get("email")
            and not cleaned.get("phone")
            and not self.has_error("email")
            and not self.has_error("phone")
        ):
            self.add_error("email", NEED_CONTACT)
        return cleaned


def send_to_recipient(message, request):
    lines = [
        f"Thư liên hệ gửi từ cổng thông tin đến: {message.recipient_label}",
        f"Thời gian: {timezone.localtime(message.created_at):%H:%M %d/%m/%Y}",
        f"Người gửi: {message.name}",
        f"Thư điện tử: {message.email or '—'}",
        f"Điện thoại: {message.phone or '—'}",
        "",
        message.body,
        "",
        "Trả lời và đánh dấu đã xử lý trong trang quản trị, mục “Thư liên hệ”.",
    ]
    EmailMessage(
        subject=f"[Liên hệ] {message.subject}",
        body="\n".join(lines),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[message.recipient_address],
        reply_to=[message.email] if message.email else None,
    ).send()


def serve_contact(page, request):
    portal = getattr(request, "tenant", None)
    destinations = page.destinations(portal)
    status = 200
    if request.method == "POST":
        if not throttle.hit("contact", "message", request, LIMIT, WINDOW):
            return throttle.throttled_response(request, WINDOW, page)
        form = ContactForm(request.POST, destinations=destinations)
        if form.is_valid():
            data = form.cleaned_data
            label, address = form.destinations[data["recipient"]]
            message = ContactMessage.objects.create(
                page=page,
                recipient_label=label,
                recipient_address=address,
                name=data["name"],
                email=data["email"],
                phone=data["phone"],
                subject=data["subject"],
                body=data["body"],
            )
            send_to_recipient(message, request)
            response = HttpResponseRedirect(f"{page.get_url(request)}?{SENT_PARAM}=1")
            response["Cache-Control"] = "private, no-store"
            return response
        status = 400
    else:
        form = ContactForm(destinations=destinations)
    context = page.get_context(request)
    context.update(form=form, sent=request.GET.get(SENT_PARAM) == "1", honeypot=throttle.HONEYPOT)
    response = TemplateResponse(request, page.get_template(request), context, status=status)
    response["Cache-Control"] = "private, no-store"
    return response
