"""Admin "Thư liên hệ": the messages by status, one message with its reply by e-mail.

Only users with the permission to change contact messages see them (administrators and the editorial
board's head, granted at scaffolding): they are personal data.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.mail import EmailMessage
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone

from portal.contact.models import ContactMessage

PERMISSION = "contact.change_contactmessage"


def _check(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied("Bạn không có quyền xem thư liên hệ.")


class ReplyForm(forms.Form):
    reply = forms.CharField(
        label="Nội dung trả lời",
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=(
            "Gửi qua thư điện tử đến người liên hệ. Để trống và chọn “Đánh dấu đã xử lý” nếu đã trả lời cách khác."
        ),
    )


def list_view(request):
    _check(request)
    status = request.GET.get("trang-thai", ContactMessage.Status.NEW)
    rows = ContactMessage.objects.all()
    if status in ContactMessage.Status.values:
        rows = rows.filter(status=status)
    return TemplateResponse(
        request,
        "contact/admin/list.html",
        {"rows": rows[:200], "status": status, "statuses": ContactMessage.Status.choices},
    )


def detail_view(request, pk):
    _check(request)
    message = get_object_or_404(ContactMessage, pk=pk)
    form = ReplyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        text = form.cleaned_data["reply"].strip()
        if "send" in request.POST:
            if not text:
                form.add_error("reply", "Vui lòng nhập nội dung trả lời.")
            elif not message.email:
                form.add_error("reply", "Người liên hệ không để lại thư điện tử; hãy gọi điện rồi đánh dấu đã xử lý.")
            else:
                EmailMessage(
                    subject=f"Trả lời: {message.subject}",
                    body=text,
                    from_email=settings.DEFAULT_FROM_EMAIL,
                    to=[message.email],
                    reply_to=[message.recipient_address],
                ).send()
                message.reply = text
        if not form.errors:
            message.status = ContactMessage.Status.HANDLED
            message.handled_at = timezone.now()
            message.replied_by = request.user.get_username()
            message.save()
            messages.success(request, "Đã trả lời và đánh dấu đã xử lý." if message.reply else "Đã đánh dấu đã xử lý.")
            return redirect("contact_messages")
    return TemplateResponse(request, "contact/admin/detail.html", {"message": message, "form": form})
