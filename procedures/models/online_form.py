"""Biểu mẫu trực tuyến: forms editors compose with Wagtail's form builder (wagtail.contrib.forms).

Why the form builder: editors add, order and label fields (text, date, choice, file...) without a
developer, and Wagtail already stores submissions and lists them in the admin. What this module adds for
a public service of a school:

- an opening and closing time (a closed form shows why and refuses submissions);
- a receiving address that must be an official mailbox (``validate_official_email``), notified of each
  submission with its reference code and a link to this portal's admin (never to another host);
- a reference code (``HS-XXXXXXXX``) shown to the submitter, stored with the submission;
- file fields checked like legal-document attachments (``documents.safety``: extension, real content,
  size), stored outside every public path and served only to this portal's staff (``procedures.uploads``);
- a honeypot field and a per-address rate limit (``procedures.throttle``), no third-party captcha;
- for forms about a child, the consent of the parent (and of the child from age 7) recorded with its
  wording and time (``procedures.consent``), and a retention period after which submissions are erased.
"""

import datetime
import secrets

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import (
    FORM_FIELD_CHOICES,
    AbstractEmailForm,
    AbstractFormField,
    AbstractFormSubmission,
)
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField

from portal.core.models import BasePage
from portal.core.models.base import normalize_instance_text
from portal.core.validators import validate_official_email
from portal.text import ascii_slug
from procedures.admin_forms import OnlineFormAdminForm
from procedures.codes import new_code

SHORT_RICH_TEXT = ["bold", "italic", "ol", "ul", "link"]
DEFAULT_RETENTION_DAYS = 365
FIELD_TYPES = (
    ("singleline", "Một dòng chữ"),
    ("multiline", "Đoạn văn"),
    ("email", "Thư điện tử"),
    ("number", "Số"),
    ("date", "Ngày (dd/mm/yyyy)"),
    ("dropdown", "Danh sách chọn một"),
    ("radio", "Nút chọn một"),
    ("checkboxes", "Ô chọn nhiều"),
    ("checkbox", "Một ô đánh dấu"),
    ("file", "Tệp đính kèm (PDF, Word, Excel)"),
)
assert {key for key, _label in FIELD_TYPES} - {"file"} <= {key for key, _label in FORM_FIELD_CHOICES}


class FormStatus(models.TextChoices):
    UPCOMING = "sap_mo", "Chưa mở"
    OPEN = "dang_mo", "Đang nhận"
    CLOSED = "da_dong", "Đã đóng"


def validate_official_addresses(value):
    """Comma-separated receiving addresses, each an official mailbox (letter IV.3)."""
    for address in (part.strip() for part in (value or "").split(",")):
        if address:
            validate_official_email(address)


class OnlineFormField(AbstractFormField):
    page = ParentalKey("procedures.OnlineFormPage", related_name="form_fields", on_delete=models.CASCADE)
    field_type = models.CharField("loại ô", max_length=16, choices=FIELD_TYPES)
    field_type.required_on_save = True

    class Meta(AbstractFormField.Meta):
        verbose_name = "ô của biểu mẫu"

    def get_field_clean_name(self):
        """``Ngày bắt đầu nghỉ`` -> ``ngay_bat_dau_nghi`` (Wagtail's own turns ``đ`` into ``u0111``)."""
        return ascii_slug(self.label).replace("-", "_")[:200] or super().get_field_clean_name()


class OnlineFormPage(AbstractEmailForm, BasePage):
    intro = RichTextField("hướng dẫn", blank=True, features=SHORT_RICH_TEXT)
    thank_you_text = RichTextField(
        "lời cảm ơn",
        blank=True,
        features=SHORT_RICH_TEXT,
        help_text="Hiện sau khi gửi, cùng mã hồ sơ. Ví dụ: nhà trường sẽ liên hệ trong 02 ngày làm việc.",
    )
    opens_at = models.DateTimeField("bắt đầu nhận", null=True, blank=True, help_text="Để trống: nhận ngay khi đăng.")
    closes_at = models.DateTimeField("hạn cuối nhận", null=True, blank=True, help_text="Để trống: không có hạn.")
    about_child = models.BooleanField(
        "biểu mẫu về trẻ em / học sinh",
        default=True,
        help_text="Bắt buộc cha mẹ (và học sinh từ đủ 7 tuổi) đồng ý xử lý dữ liệu cá nhân (Luật 91/2025/QH15).",
    )
    to_address = models.CharField(
        "thư điện tử tiếp nhận",
        max_length=255,
        blank=True,
        validators=[validate_official_addresses],
        help_text="Hộp thư công vụ nhận thông báo mỗi hồ sơ; nhiều địa chỉ cách nhau bằng dấu phẩy.",
    )
    subject = models.CharField("tiêu đề thư thông báo", max_length=255, blank=True)
    retention_days = models.PositiveIntegerField(
        "thời hạn lưu (ngày)",
        default=DEFAULT_RETENTION_DAYS,
        help_text="Sau thời hạn này hồ sơ và tệp đính kèm được xóa tự động.",
    )

    content_panels = BasePage.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label="ô của biểu mẫu", heading="Các ô của biểu mẫu"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldPanel("to_address"),
                FieldPanel("subject"),
                FieldRowPanel([FieldPanel("about_child"), FieldPanel("retention_days")]),
            ],
            heading="Tiếp nhận",
        ),
    ]

    parent_page_types = ["procedures.ProcedureIndexPage"]
    subpage_types = []

    base_form_class = OnlineFormAdminForm

    class Meta:
        verbose_name = "biểu mẫu trực tuyến"
        verbose_name_plural = "biểu mẫu trực tuyến"

    def clean(self):
        super().clean()
        errors = {}
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            errors["closes_at"] = "Hạn cuối phải sau thời điểm bắt đầu nhận."
        if errors:
            raise ValidationError(errors)

    # --- state ---------------------------------------------------------------------------------------

    def status(self, at=None):
        at = at or timezone.now()
        if self.opens_at and at < self.opens_at:
            return FormStatus.UPCOMING
        if self.closes_at and at > self.closes_at:
            return FormStatus.CLOSED
        return FormStatus.OPEN

    def has_file_field(self):
        return any(field.field_type == "file" for field in self.get_form_fields())

    # --- form builder (procedures.online_forms) ------------------------------------------------------

    def get_submission_class(self):
        return OnlineFormSubmission

    def get_data_fields(self):
        return [("reference_code", "Mã hồ sơ"), *super().get_data_fields()]

    @property
    def form_builder(self):
        from procedures.online_forms import OnlineFormBuilder

        return OnlineFormBuilder

    def get_form(self, *args, **kwargs):
        from procedures.online_forms import prepare_form

        form = super().get_form(*args, **kwargs)
        return prepare_form(self, form)

    def process_form_submission(self, form):
        from procedures.online_forms import store_submission

        return store_submission(self, form)

    def serve(self, request, *args, **kwargs):
        from procedures.online_forms import serve_form

        return serve_form(self, request, *args, **kwargs)

    def get_search_text(self):
        return "\n".join([self.title, self.intro, *(field.label for field in self.get_form_fields())])


def erase_after(days):
    return timezone.localdate() + datetime.timedelta(days=days or DEFAULT_RETENTION_DAYS)


class OnlineFormSubmission(AbstractFormSubmission):
    reference_code = models.CharField("mã hồ sơ", max_length=20, unique=True)
    erase_after = models.DateField("xóa sau ngày", db_index=True)

    class Meta:
        verbose_name = "hồ sơ nộp trực tuyến"
        verbose_name_plural = "hồ sơ nộp trực tuyến"

    def __str__(self):
        return self.reference_code

    def get_data(self):
        return {**super().get_data(), "reference_code": self.reference_code}

    def save(self, *args, **kwargs):
        normalize_instance_text(self)  # the answers typed by the public (form_data): stored NFC
        super().save(*args, **kwargs)

    @classmethod
    def new_reference(cls):
        return new_code("HS", exists=lambda code: cls.objects.filter(reference_code=code).exists())


def submission_upload_path(instance, filename):
    """``ho-so-nop/<random>.<ext>``: outside ``documents/`` and ``images/``, so ``/media/`` never serves it."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"ho-so-nop/{timezone.localdate():%Y/%m}/{secrets.token_hex(16)}.{extension}"


class SubmissionFile(models.Model):
    submission = models.ForeignKey(OnlineFormSubmission, related_name="files", on_delete=models.CASCADE)
    field_name = models.CharField(max_length=255)
    original_name = models.CharField("tên tệp", max_length=255)
    file = models.FileField(upload_to=submission_upload_path, max_length=255)
    size = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "tệp đính kèm hồ sơ"

    def __str__(self):
        return self.original_name

    def delete(self, *args, **kwargs):
        storage, name = self.file.storage, self.file.name
        result = super().delete(*args, **kwargs)
        if name:
            storage.delete(name)
        return result


__all__ = [
    "FormStatus",
    "OnlineFormField",
    "OnlineFormPage",
    "OnlineFormSubmission",
    "SubmissionFile",
    "erase_after",
]
