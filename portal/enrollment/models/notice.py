"""Thông báo tuyển sinh: the admission notice with its structured fields and registration status.

The letter (III.3.8) lists what a notice carries: đối tượng, chỉ tiêu, hình thức,
điều kiện, hồ sơ, thời gian, địa điểm; the candidate list (danh sách dự tuyển)
hangs off the notice (``Candidate``), imported in the admin from XLSX or CSV.
"""

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField

from portal.core.blocks import BodyBlock
from portal.core.models import BasePage
from portal.core.validators import validate_school_year
from portal.enrollment.notice_form import QUOTA_NEGATIVE, AdmissionNoticeForm
from portal.enrollment.search import candidate_filter
from portal.personal_data.publication import PersonalDataPublication
from portal.text import nfc

FORM_PHRASES = ("theo mẫu", "mẫu đơn", "phiếu đăng ký")
FORM_MISSING = (
    "Hồ sơ nhắc đến mẫu đơn: hãy chọn tệp mẫu đơn đăng ký hoặc nhập địa chỉ đăng ký trực tuyến, "
    "để cha mẹ học sinh lấy được mẫu đơn."
)
SHORT_RICH_TEXT = ["bold", "italic", "ol", "ul", "link", "document-link"]
CANDIDATES_PER_PAGE = 50


class RegistrationStatus(models.TextChoices):
    UPCOMING = "sap_mo", "Sắp mở"
    OPEN = "dang_mo", "Đang mở"
    CLOSED = "da_dong", "Đã đóng"


def registration_status(opens, closes, at=None):
    """Status at ``at`` (default: now). Both ends are inclusive: open from ``opens`` through ``closes``.

    Datetimes are aware; comparisons are absolute instants, so the result is the same
    whatever the display time zone (Asia/Ho_Chi_Minh).
    """
    at = at or timezone.now()
    if at < opens:
        return RegistrationStatus.UPCOMING
    if at <= closes:
        return RegistrationStatus.OPEN
    return RegistrationStatus.CLOSED


class AdmissionNoticePage(PersonalDataPublication, BasePage):
    class AdmissionForm(models.TextChoices):
        XET_TUYEN = "xet_tuyen", "Xét tuyển"
        THI_TUYEN = "thi_tuyen", "Thi tuyển"
        KET_HOP = "ket_hop", "Kết hợp xét tuyển và thi tuyển"

    school_year = models.CharField(
        "năm học", max_length=9, validators=[validate_school_year], help_text="Dạng YYYY-YYYY, ví dụ 2026-2027."
    )
    target_group = RichTextField(
        "đối tượng tuyển sinh",
        features=SHORT_RICH_TEXT,
        help_text="Ví dụ: học sinh hoàn thành chương trình tiểu học, sinh năm 2015, cư trú tại phường Phú Hòa.",
    )
    quota = models.PositiveIntegerField(
        "chỉ tiêu",
        validators=[MinValueValidator(0, QUOTA_NEGATIVE)],
        help_text="Tổng số học sinh (trẻ) dự kiến tuyển.",
    )
    quota_detail = models.CharField(
        "chi tiết chỉ tiêu", max_length=255, blank=True, help_text="Ví dụ: 10 lớp, tối đa 45 học sinh/lớp."
    )
    admission_form = models.CharField(
        "hình thức tuyển sinh", max_length=16, choices=AdmissionForm.choices, default=AdmissionForm.XET_TUYEN
    )
    conditions = RichTextField("điều kiện dự tuyển", blank=True, features=SHORT_RICH_TEXT)
    dossier = RichTextField(
        "hồ sơ",
        blank=True,
        features=SHORT_RICH_TEXT,
        help_text="Các giấy tờ cần nộp, cách nộp (trực tiếp, trực tuyến).",
    )
    registration_opens = models.DateTimeField(
        "bắt đầu nhận hồ sơ", help_text="Giờ Việt Nam (GMT+7), dạng dd/mm/yyyy hh:mm."
    )
    registration_closes = models.DateTimeField(
        "hạn cuối nhận hồ sơ", help_text="Giờ Việt Nam (GMT+7); sau thời điểm này đăng ký được xem là đã đóng."
    )
    exam_date = models.DateField("ngày thi / kiểm tra", null=True, blank=True, help_text="Bỏ trống nếu chỉ xét tuyển.")
    result_date = models.DateField("ngày công bố kết quả", null=True, blank=True)
    place = models.CharField(
        "địa điểm nhận hồ sơ, thi",
        max_length=255,
        help_text="Ví dụ: Phòng Văn thư, Trường THCS Nguyễn Viết Xuân, số 2 Nguyễn Văn Tiết.",
    )
    body = StreamField(BodyBlock(), verbose_name="nội dung khác", blank=True)
    registration_form = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name="mẫu đơn đăng ký",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Tệp mẫu đơn (PDF hoặc Word) để cha mẹ học sinh tải về; bắt buộc khi hồ sơ ghi “theo mẫu”, "
        "trừ khi có địa chỉ đăng ký trực tuyến.",
    )
    registration_url = models.URLField(
        "địa chỉ đăng ký trực tuyến",
        blank=True,
        help_text="Ví dụ trang tuyển sinh trực tuyến của Sở/Phòng GD&ĐT; để trống nếu chỉ nhận hồ sơ trực tiếp.",
    )
    show_candidates = models.BooleanField(
        "công khai danh sách dự tuyển",
        default=True,
        help_text="Bỏ chọn để tạm ẩn danh sách trên cổng (ví dụ khi đang rà soát).",
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("school_year"),
                FieldPanel("target_group"),
                FieldRowPanel([FieldPanel("quota"), FieldPanel("quota_detail")]),
                FieldPanel("admission_form"),
                FieldPanel("conditions"),
                FieldPanel("dossier"),
                FieldRowPanel([FieldPanel("registration_form"), FieldPanel("registration_url")]),
            ],
            heading="Thông tin tuyển sinh",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("registration_opens"), FieldPanel("registration_closes")]),
                FieldRowPanel([FieldPanel("exam_date"), FieldPanel("result_date")]),
                FieldPanel("place"),
            ],
            heading="Thời gian và địa điểm",
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                HelpPanel(
                    "<p>Danh sách dự tuyển được nhập từ tệp Excel (.xlsx) hoặc CSV: sau khi lưu trang, chọn "
                    "<strong>“Danh sách dự tuyển”</strong> trong menu “…” của trang. Cổng chỉ công khai STT, "
                    "họ và tên, tháng/năm sinh (hoặc năm sinh) và kết quả; không bao giờ công khai ngày sinh đầy "
                    "đủ, số điện thoại, địa chỉ.</p>"
                ),
                FieldPanel("show_candidates"),
            ],
            heading="Danh sách dự tuyển",
        ),
        *PersonalDataPublication.personal_panels,
    ]

    base_form_class = AdmissionNoticeForm

    parent_page_types = ["enrollment.EnrollmentIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "thông báo tuyển sinh"
        verbose_name_plural = "thông báo tuyển sinh"

    def clean(self):
        super().clean()
        errors = {}
        opens, closes = self.registration_opens, self.registration_closes
        if opens and closes and closes <= opens:
            errors["registration_closes"] = "Hạn cuối nhận hồ sơ phải sau thời điểm bắt đầu nhận hồ sơ."
        closes_day = timezone.localtime(closes).date() if closes else None
        if self.exam_date and closes_day and self.exam_date < closes_day:
            errors["exam_date"] = "Ngày thi phải từ ngày hết hạn nhận hồ sơ trở về sau."
        if self.result_date:
            earliest = self.exam_date or closes_day
            if earliest and self.result_date < earliest:
                errors["result_date"] = (
                    "Ngày công bố kết quả phải từ ngày thi trở về sau."
                    if self.exam_date
                    else "Ngày công bố kết quả phải từ ngày hết hạn nhận hồ sơ trở về sau."
                )
        if self.names_a_form() and not (self.registration_form_id or self.registration_url):
            errors["registration_form"] = FORM_MISSING
        if errors:
            raise ValidationError(errors)

    def names_a_form(self):
        """True when the dossier asks for a form "theo mẫu" (a parent then needs to get that form)."""
        text = nfc(strip_tags(self.dossier or "")).casefold()
        return any(phrase in text for phrase in FORM_PHRASES)

    def status(self, at=None):
        return registration_status(self.registration_opens, self.registration_closes, at)

    @property
    def status_label(self):
        return self.status().label

    # --- personal data (portal.personal_data.publication) ----------------------------------------------

    personal_rows_label = "danh sách dự tuyển"

    def personal_rows(self):
        return self.candidates.all() if self.show_candidates else self.candidates.none()

    def erase_personal_rows(self):
        return self.candidates.all().delete()[0]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        query = request.GET.get("q", "")[:100].strip()
        shown = self.pk and self.show_candidates and self.personal_list_open()
        candidates = self.candidates.all() if shown else self.candidates.none()
        total = candidates.count()
        if query:
            candidates = candidates.filter(candidate_filter(query))
        page_obj = Paginator(candidates.only("number", "full_name", "birth_date", "result"), CANDIDATES_PER_PAGE)
        context.update(
            status=self.status(),
            candidate_query=query,
            candidate_total=total,
            candidate_page=page_obj.get_page(request.GET.get("trang")),
            candidate_has_results=total and self.candidates.exclude(result="").exists(),
        )
        return context
