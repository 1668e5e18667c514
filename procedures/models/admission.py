"""Đăng ký xét tuyển đầu cấp (letter III.3.4): online applications for grade 1, grade 6 or preschool.

Why structured and not a form-builder form: staff sort, check and decide applications by the child's
data (name, date of birth, gender, address, parents, previous school), parents follow their application
by its code *and* the child's date of birth (two identifiers, as the look-ups), and the results list
is built from the decisions. The parent's consent (and the child's from age 7) is recorded with the
application (``procedures.consent``); applications are erased after the retention period.
"""

import datetime

from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField

from portal.core.models import BasePage
from portal.core.models.base import normalize_instance_text
from portal.core.validators import validate_school_year
from portal.personal_data.consent import erase_consent
from portal.personal_data.publication import PersonalDataPublication
from procedures.codes import new_code

SHORT_RICH_TEXT = ["bold", "italic", "ol", "ul", "link"]


class AdmissionApplicationPage(PersonalDataPublication, BasePage):
    class Grade(models.TextChoices):
        PRESCHOOL = "mam_non", "Mầm non"
        GRADE_1 = "lop_1", "Lớp 1"
        GRADE_6 = "lop_6", "Lớp 6"

    school_year = models.CharField("năm học", max_length=9, validators=[validate_school_year])
    grade = models.CharField("tuyển vào", max_length=10, choices=Grade.choices, default=Grade.GRADE_1)
    intro = RichTextField("hướng dẫn", blank=True, features=SHORT_RICH_TEXT)
    opens_at = models.DateTimeField("bắt đầu nhận hồ sơ")
    closes_at = models.DateTimeField("hạn cuối nhận hồ sơ")
    results_published = models.BooleanField(
        "công bố danh sách trúng tuyển",
        default=False,
        help_text="Danh sách hiện mã hồ sơ, họ tên và thông tin chọn ở mục “Dữ liệu cá nhân công khai”.",
    )
    retention_days = models.PositiveIntegerField("thời hạn lưu hồ sơ (ngày)", default=365)

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("school_year"), FieldPanel("grade")]),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]), FieldPanel("retention_days")],
            heading="Thời gian",
        ),
        FieldPanel("results_published"),
        *PersonalDataPublication.personal_panels,
    ]

    parent_page_types = ["procedures.ProcedureIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "đăng ký xét tuyển trực tuyến"
        verbose_name_plural = "đăng ký xét tuyển trực tuyến"

    def is_open(self, at=None):
        at = at or timezone.now()
        return self.opens_at <= at <= self.closes_at

    def asks_previous_school(self):
        return self.grade == self.Grade.GRADE_6

    def accepted(self):
        return self.applications.filter(status=AdmissionApplication.Status.ACCEPTED).order_by("child_name")

    personal_rows_label = "danh sách trúng tuyển"
    robots_noindex = True  # answers carry a parent's look-up: never indexed

    def personal_rows(self):
        return self.accepted() if self.results_published else AdmissionApplication.objects.none()

    def erase_personal_rows(self):
        """The results list is made of the applications: they follow their own retention."""
        return 0

    def serve(self, request, *args, **kwargs):
        from procedures.admissions import serve_admission

        return serve_admission(self, request)


class AdmissionApplication(models.Model):
    class Status(models.TextChoices):
        RECEIVED = "da_nhan", "Đã tiếp nhận"
        ACCEPTED = "trung_tuyen", "Trúng tuyển"
        REJECTED = "khong_trung_tuyen", "Không trúng tuyển"

    class Gender(models.TextChoices):
        MALE = "nam", "Nam"
        FEMALE = "nu", "Nữ"

    page = models.ForeignKey(AdmissionApplicationPage, related_name="applications", on_delete=models.CASCADE)
    code = models.CharField("mã hồ sơ", max_length=20, unique=True)
    child_name = models.CharField("họ và tên trẻ", max_length=120)
    birth_date = models.DateField("ngày sinh")
    gender = models.CharField("giới tính", max_length=3, choices=Gender.choices)
    address = models.CharField("nơi ở hiện tại", max_length=255)
    parent_name = models.CharField("họ tên cha/mẹ/người giám hộ", max_length=120)
    parent_relation = models.CharField("quan hệ với trẻ", max_length=40)
    phone = models.CharField("điện thoại", max_length=20)
    email = models.EmailField("thư điện tử", blank=True)
    previous_school = models.CharField("trường đang học", max_length=200, blank=True)
    submitted_at = models.DateTimeField("nộp lúc", default=timezone.now)
    status = models.CharField("trạng thái", max_length=20, choices=Status.choices, default=Status.RECEIVED)
    reason = models.CharField(
        "lý do", max_length=255, blank=True, help_text="Bắt buộc khi không trúng tuyển; phụ huynh thấy khi tra cứu."
    )
    erase_after = models.DateField("xóa sau ngày", db_index=True)

    class Meta:
        verbose_name = "hồ sơ xét tuyển"
        verbose_name_plural = "hồ sơ xét tuyển"
        ordering = ["-submitted_at"]

    def __str__(self):
        return f"{self.code} {self.child_name}"

    def save(self, *args, **kwargs):
        normalize_instance_text(self)  # typed by the public: stored NFC
        if not self.erase_after:
            days = self.page.retention_days if self.page_id else 365
            self.erase_after = timezone.localdate() + datetime.timedelta(days=days)
        super().save(*args, **kwargs)

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.status == self.Status.REJECTED and not self.reason.strip():
            raise ValidationError({"reason": "Hãy ghi lý do không trúng tuyển."})

    @classmethod
    def new_code(cls):
        return new_code("TS", exists=lambda code: cls.objects.filter(code=code).exists())

    def erase(self, *, reason, user=""):
        """With its consent records; the caller logs it (``portal.personal_data.subjects.erase_record``)."""
        erase_consent(self.code)
        self.delete()
