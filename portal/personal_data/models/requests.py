"""Yêu cầu của chủ thể dữ liệu: a parent asks to see, correct or erase their child's data.

Rights: Law 91/2025/QH15 Art. 4 (the data subject's rights: to know, access, correct, erase), with the
procedure and deadlines of Decree 356/2025/NĐ-CP, which replaced Decree 13/2023 on 01/01/2026: the
controller answers a request within **2 working days** of receiving it (as summarised by counsel; the
decree's article was not read here, so the figure is the setting ``PERSONAL_DATA_REQUEST_WORKING_DAYS``).
Working days come from the shared calendar (``portal.workdays``: holidays and the swapped days).
"""

import datetime
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone

from portal.core.models.base import normalize_instance_text
from portal.workdays.calendar import WorkingCalendar

DEFAULT_WORKING_DAYS = 2
KEEP_AFTER_CLOSING_DAYS = 3 * 365
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def working_days():
    return getattr(settings, "PERSONAL_DATA_REQUEST_WORKING_DAYS", DEFAULT_WORKING_DAYS)


class DataSubjectRequest(models.Model):
    class Kind(models.TextChoices):
        ACCESS = "xem", "Xem / nhận bản sao dữ liệu"
        CORRECT = "sua", "Sửa dữ liệu"
        ERASE = "xoa", "Xóa dữ liệu"

    class Status(models.TextChoices):
        RECEIVED = "da_nhan", "Đã tiếp nhận"
        IN_PROGRESS = "dang_xu_ly", "Đang xử lý"
        DONE = "da_xong", "Đã giải quyết"
        REFUSED = "tu_choi", "Từ chối (có lý do)"

    code = models.CharField("mã yêu cầu", max_length=20, unique=True)
    kind = models.CharField("yêu cầu", max_length=4, choices=Kind.choices)
    child_name = models.CharField("họ và tên trẻ", max_length=120)
    child_birth_date = models.DateField("ngày sinh của trẻ")
    requester_name = models.CharField("người yêu cầu", max_length=120)
    relation = models.CharField("quan hệ với trẻ", max_length=40)
    contact = models.CharField("điện thoại hoặc thư điện tử", max_length=120)
    reference_codes = models.CharField(
        "mã hồ sơ liên quan", max_length=255, blank=True, help_text="Mã hồ sơ, mã câu hỏi... cách nhau bằng dấu phẩy."
    )
    details = models.TextField("nội dung", blank=True)
    received_at = models.DateTimeField("tiếp nhận lúc", default=timezone.now)
    due_date = models.DateField("hạn trả lời")
    status = models.CharField("trạng thái", max_length=12, choices=Status.choices, default=Status.RECEIVED)
    handled_by = models.CharField("người xử lý", max_length=150, blank=True)
    answer = models.TextField("kết quả / trả lời", blank=True)
    closed_at = models.DateTimeField("giải quyết lúc", null=True, blank=True)
    erase_after = models.DateField("xóa sau ngày", null=True, blank=True, db_index=True)
    anonymised = models.BooleanField("đã ẩn danh", default=False, editable=False)

    class Meta:
        verbose_name = "yêu cầu về dữ liệu cá nhân"
        verbose_name_plural = "yêu cầu về dữ liệu cá nhân"
        ordering = ["-received_at"]

    def __str__(self):
        return f"{self.code}: {self.get_kind_display()}"

    def save(self, *args, **kwargs):
        normalize_instance_text(self)  # typed by the public: stored NFC
        if not self.due_date:
            received = timezone.localtime(self.received_at).date()
            self.due_date = WorkingCalendar.load().add_working_days(received, working_days())
        if self.status in (self.Status.DONE, self.Status.REFUSED) and self.closed_at is None:
            self.closed_at = timezone.now()
        if self.closed_at and not self.erase_after:
            closed = timezone.localtime(self.closed_at).date()
            self.erase_after = closed + datetime.timedelta(days=KEEP_AFTER_CLOSING_DAYS)
        super().save(*args, **kwargs)

    @classmethod
    def new_code(cls):
        """``YC-XXXXXXXX`` from an alphabet without look-alikes (read over the phone)."""
        for _attempt in range(10):
            code = "YC-" + "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
            if not cls.objects.filter(code=code).exists():
                return code
        raise RuntimeError("Không tạo được mã yêu cầu duy nhất.")  # pragma: no cover

    @property
    def is_open(self):
        return self.status in (self.Status.RECEIVED, self.Status.IN_PROGRESS)

    def is_overdue(self, today=None):
        today = today or timezone.localdate()
        if self.closed_at:
            return timezone.localtime(self.closed_at).date() > self.due_date
        return today > self.due_date

    is_overdue.boolean = True
    is_overdue.short_description = "quá hạn"

    def codes(self):
        return tuple(part.strip().upper() for part in self.reference_codes.replace(";", ",").split(",") if part.strip())

    def subject(self):
        from portal.personal_data.registry import Subject

        return Subject(
            full_name=self.child_name,
            birth_date=self.child_birth_date,
            parent_name=self.requester_name,
            contacts=(self.contact,),
            codes=self.codes(),
        )

    def anonymise(self):
        """Keep the code, kind, dates and status (what was done, when); drop who it was about."""
        self.child_name = self.requester_name = self.relation = "(đã xóa)"
        self.contact = self.reference_codes = self.details = ""
        self.child_birth_date = datetime.date(1900, 1, 1)
        self.anonymised = True
        self.save()
