"""The contact desk: a page with the unit's hotline, official e-mail and office hours, and a form whose
message goes to the department or person the visitor picks.

Why the visitor picks a *key*, never an address: the addresses are the portal's official ones (the page's
recipients, checked by ``validate_official_email``, and the approved mailboxes of the
``portal_official_mailboxes`` hook); a form that took an address would be an open mail relay.

Messages are personal data (name, contact, what they wrote): they are stored in the portal's schema,
seen only in the admin ("Thư liên hệ"), with a status (new, handled) and the reply sent from there.
"""

import datetime
import hashlib

from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from portal.core.hooks import official_mailboxes
from portal.core.models.base import BasePage, normalize_instance_text
from portal.core.validators import validate_official_email


def recipient_key(address):
    return hashlib.sha256(address.lower().encode()).hexdigest()[:12]


class ContactPage(BasePage):
    intro = RichTextField("giới thiệu", blank=True, features=["bold", "italic", "link"])
    hotline = models.CharField("đường dây nóng", max_length=40, blank=True)
    email = models.EmailField("thư điện tử chính thức", blank=True, validators=[validate_official_email])
    office_hours = models.TextField(
        "giờ làm việc", blank=True, default="Thứ Hai - Thứ Sáu: 7 giờ 00 - 11 giờ 00, 13 giờ 30 - 17 giờ 00."
    )
    thanks = models.CharField(
        "lời cảm ơn sau khi gửi",
        max_length=255,
        default="Cảm ơn bạn đã liên hệ. Đơn vị sẽ trả lời qua thư điện tử hoặc điện thoại bạn đã cung cấp.",
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("hotline"), FieldPanel("email"), FieldPanel("office_hours")], heading="Thông tin liên hệ"
        ),
        InlinePanel(
            "recipients",
            heading="Nơi nhận thư",
            label="Nơi nhận",
            help_text="Bộ phận hoặc người mà người xem được chọn để gửi thư; chỉ dùng địa chỉ thư công vụ.",
        ),
        FieldPanel("thanks"),
    ]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "trang gửi liên hệ"
        verbose_name_plural = "trang gửi liên hệ"

    def get_search_text(self):
        return " ".join(part for part in (self.title, self.intro, self.office_hours, self.hotline, self.email) if part)

    def destinations(self, portal):
        """``[(key, label, address)]``: the page's recipients, then the approved official mailboxes."""
        result, seen = [], set()
        for recipient in self.recipients.all():
            if recipient.address.lower() not in seen:
                seen.add(recipient.address.lower())
                result.append((recipient_key(recipient.address), recipient.label, recipient.address))
        for box in official_mailboxes(portal):
            if box.kind != "staff" and box.address.lower() not in seen:
                seen.add(box.address.lower())
                result.append((recipient_key(box.address), box.position or box.address, box.address))
        return result

    def serve(self, request, *args, **kwargs):
        from portal.contact.desk import serve_contact

        return serve_contact(self, request)


class ContactRecipient(Orderable):
    page = ParentalKey(ContactPage, on_delete=models.CASCADE, related_name="recipients")
    label = models.CharField("bộ phận hoặc người nhận", max_length=120, help_text="Ví dụ “Văn phòng nhà trường”.")
    address = models.EmailField("thư điện tử công vụ", validators=[validate_official_email])

    panels = [FieldPanel("label"), FieldPanel("address")]

    def save(self, *args, **kwargs):
        normalize_instance_text(self)
        super().save(*args, **kwargs)


KEEP_DAYS = 2 * 365  # two years after the message, as the Q&A keeps its questions


class ContactMessage(models.Model):
    class Status(models.TextChoices):
        NEW = "new", "Mới"
        HANDLED = "handled", "Đã xử lý"

    page = models.ForeignKey(ContactPage, on_delete=models.SET_NULL, null=True, related_name="+")
    recipient_label = models.CharField("gửi đến", max_length=255)
    recipient_address = models.EmailField("địa chỉ nhận")
    name = models.CharField("họ và tên", max_length=200)
    email = models.EmailField("thư điện tử", blank=True)
    phone = models.CharField("điện thoại", max_length=40, blank=True)
    subject = models.CharField("tiêu đề", max_length=255)
    body = models.TextField("nội dung")
    status = models.CharField("trạng thái", max_length=20, choices=Status.choices, default=Status.NEW, db_index=True)
    created_at = models.DateTimeField("gửi lúc", default=timezone.now, db_index=True)
    handled_at = models.DateTimeField("xử lý lúc", null=True, blank=True)
    reply = models.TextField("nội dung trả lời", blank=True)
    replied_by = models.CharField("người trả lời", max_length=150, blank=True)
    # Personal data (name, e-mail, phone): erased by the privacy layer's daily job after this date.
    erase_after = models.DateField("xóa sau ngày", null=True, blank=True)

    class Meta:
        verbose_name = "thư liên hệ"
        verbose_name_plural = "thư liên hệ"
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.subject} ({self.name}, {timezone.localtime(self.created_at):%d/%m/%Y})"

    def save(self, *args, **kwargs):
        normalize_instance_text(self)
        if self.erase_after is None:
            self.erase_after = timezone.localdate(self.created_at) + datetime.timedelta(days=KEEP_DAYS)
        super().save(*args, **kwargs)
