"""Dịch vụ trực tuyến thi: registration for an exam or competition the school or district runs.

Candidates register online; staff confirm them and give each a candidate number and room (by hand or
all at once, ``ExamRegistrationPage.assign_numbers``); the list of numbers and rooms is published on the
page; the results are imported into an exam-results look-up (``results_page``), which candidates query
with their number and date of birth.
"""

import datetime

from django.db import models, transaction
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField

from portal.core.models import BasePage
from portal.core.models.base import normalize_instance_text
from portal.personal_data.consent import erase_consent
from portal.personal_data.publication import PersonalDataPublication
from procedures.codes import new_code

SHORT_RICH_TEXT = ["bold", "italic", "ol", "ul", "link"]


class ExamRegistrationPage(PersonalDataPublication, BasePage):
    intro = RichTextField("thể lệ, nội dung thi", blank=True, features=SHORT_RICH_TEXT)
    exam_date = models.DateField("ngày thi")
    place = models.CharField("địa điểm thi", max_length=255)
    opens_at = models.DateTimeField("bắt đầu đăng ký")
    closes_at = models.DateTimeField("hạn cuối đăng ký")
    number_prefix = models.CharField("tiền tố số báo danh", max_length=6, default="TS", blank=True)
    room_size = models.PositiveIntegerField("số thí sinh mỗi phòng", default=24)
    candidates_published = models.BooleanField("công bố danh sách thí sinh, số báo danh, phòng thi", default=False)
    results_page = models.ForeignKey(
        "procedures.ExamResultLookupPage",
        verbose_name="trang tra cứu kết quả",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    retention_days = models.PositiveIntegerField("thời hạn lưu (ngày)", default=365)

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("exam_date"), FieldPanel("place")]),
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
            ],
            heading="Thời gian, địa điểm",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("number_prefix"), FieldPanel("room_size")]),
                FieldPanel("candidates_published"),
                FieldPanel("results_page"),
                FieldPanel("retention_days"),
            ],
            heading="Danh sách và kết quả",
        ),
        *PersonalDataPublication.personal_panels,
    ]

    parent_page_types = ["procedures.ProcedureIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "đăng ký dự thi trực tuyến"
        verbose_name_plural = "đăng ký dự thi trực tuyến"

    def is_open(self, at=None):
        at = at or timezone.now()
        return self.opens_at <= at <= self.closes_at

    personal_rows_label = "danh sách thí sinh"

    def personal_year(self):
        return self.exam_date.year if self.exam_date else super().personal_year()

    def personal_rows(self):
        return self.published_candidates() if self.candidates_published else ExamCandidate.objects.none()

    def erase_personal_rows(self):
        """The list is made of the registrations: they follow their own retention."""
        return 0

    def published_candidates(self):
        return self.candidates.filter(status=ExamCandidate.Status.CONFIRMED).exclude(candidate_number="")

    def assign_numbers(self):
        """Number the confirmed candidates by name (Vietnamese order: given name last) and fill rooms."""
        with transaction.atomic():
            confirmed = list(self.candidates.filter(status=ExamCandidate.Status.CONFIRMED))
            confirmed.sort(key=lambda c: (c.full_name.split()[-1:], c.full_name, c.birth_date))
            for position, candidate in enumerate(confirmed):
                candidate.candidate_number = f"{self.number_prefix}{position + 1:04d}"
                candidate.room = f"Phòng {position // max(1, self.room_size) + 1:02d}"
                candidate.save(update_fields=["candidate_number", "room"])
        return len(confirmed)

    def serve(self, request, *args, **kwargs):
        from procedures.exams import serve_exam

        return serve_exam(self, request)


class ExamCandidate(models.Model):
    class Status(models.TextChoices):
        REGISTERED = "da_dang_ky", "Đã đăng ký"
        CONFIRMED = "du_dieu_kien", "Đủ điều kiện dự thi"
        REJECTED = "khong_du", "Không đủ điều kiện"

    page = models.ForeignKey(ExamRegistrationPage, related_name="candidates", on_delete=models.CASCADE)
    code = models.CharField("mã đăng ký", max_length=20, unique=True)
    full_name = models.CharField("họ và tên thí sinh", max_length=120)
    birth_date = models.DateField("ngày sinh")
    school = models.CharField("trường", max_length=200)
    class_name = models.CharField("lớp", max_length=20)
    phone = models.CharField("điện thoại liên hệ", max_length=20)
    registered_at = models.DateTimeField("đăng ký lúc", default=timezone.now)
    status = models.CharField("trạng thái", max_length=20, choices=Status.choices, default=Status.REGISTERED)
    candidate_number = models.CharField("số báo danh", max_length=20, blank=True)
    room = models.CharField("phòng thi", max_length=40, blank=True)
    erase_after = models.DateField("xóa sau ngày", db_index=True)

    class Meta:
        verbose_name = "thí sinh đăng ký"
        verbose_name_plural = "thí sinh đăng ký"
        ordering = ["candidate_number", "full_name"]

    def __str__(self):
        return f"{self.code} {self.full_name}"

    def save(self, *args, **kwargs):
        normalize_instance_text(self)  # typed by the public: stored NFC
        if not self.erase_after:
            days = self.page.retention_days if self.page_id else 365
            self.erase_after = timezone.localdate() + datetime.timedelta(days=days)
        super().save(*args, **kwargs)

    @classmethod
    def new_code(cls):
        return new_code("DT", exists=lambda code: cls.objects.filter(code=code).exists())

    def erase(self, *, reason, user=""):
        """With its consent records; the caller logs it (``portal.personal_data.subjects.erase_record``)."""
        erase_consent(self.code)
        self.delete()
