"""Tra cứu: exam results and the diplomas register, looked up by two matching identifiers.

Why two identifiers and no list: results and diplomas are personal data (Law 91/2025/QH15). A visitor
must give the candidate number (or diploma number) *and* the date of birth; both must match one record
exactly, so a number alone, a partial number or a name reveals nothing, and nobody can list the table.
Answers are throttled per address, private and not indexed (``procedures.lookups``). The data is
imported from XLSX/CSV by staff (``procedures.lookup_import``), TCVN3/VNI text converted.
The THCS diploma was abolished on 01/01/2026: the diplomas register is historical.
"""

from django.db import models
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.fields import RichTextField

from portal.core.models import BasePage, MandatedSectionMixin

SHORT_RICH_TEXT = ["bold", "italic", "ol", "ul", "link"]


class LookupIndexPage(MandatedSectionMixin, BasePage):
    intro = RichTextField("giới thiệu chuyên mục", blank=True, features=SHORT_RICH_TEXT)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["core.HomePage"]
    subpage_types = ["procedures.ExamResultLookupPage", "procedures.DiplomaLookupPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "chuyên mục tra cứu"
        verbose_name_plural = "chuyên mục tra cứu"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["lookups"] = [page.specific for page in self.get_children().live().public()]
        return context


IMPORT_HELP = (
    "<p>Sau khi lưu trang, chọn <strong>“Nhập dữ liệu tra cứu”</strong> trong menu “…” của trang để nhập tệp "
    "Excel (.xlsx) hoặc CSV. Cổng không bao giờ hiện danh sách: người tra cứu phải nhập đúng cả hai thông tin.</p>"
)


class ExamResultLookupPage(BasePage):
    intro = RichTextField("hướng dẫn", blank=True, features=SHORT_RICH_TEXT)
    school_year = models.CharField("năm học", max_length=9, blank=True)
    review_note = RichTextField(
        "phúc khảo",
        blank=True,
        features=SHORT_RICH_TEXT,
        help_text="Thời hạn và cách nộp đơn phúc khảo, hiện bên dưới kết quả.",
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("school_year"),
        FieldPanel("intro"),
        FieldPanel("review_note"),
        HelpPanel(IMPORT_HELP),
    ]

    parent_page_types = ["procedures.LookupIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "tra cứu kết quả thi"
        verbose_name_plural = "tra cứu kết quả thi"

    def serve(self, request, *args, **kwargs):
        from procedures.lookups import serve_exam_lookup

        return serve_exam_lookup(self, request)


class ExamResult(models.Model):
    page = models.ForeignKey(ExamResultLookupPage, related_name="results", on_delete=models.CASCADE)
    candidate_number = models.CharField("số báo danh", max_length=20)
    full_name = models.CharField("họ và tên", max_length=120)
    birth_date = models.DateField("ngày sinh")
    room = models.CharField("phòng thi", max_length=40, blank=True)
    scores = models.JSONField("điểm", default=list, help_text="[[môn, điểm], ...] theo thứ tự cột trong tệp")
    total = models.CharField("tổng điểm", max_length=20, blank=True)
    result = models.CharField("kết quả", max_length=120, blank=True)

    class Meta:
        verbose_name = "kết quả thi"
        verbose_name_plural = "kết quả thi"
        constraints = [
            models.UniqueConstraint(fields=["page", "candidate_number"], name="procedures_exam_result_unique")
        ]

    def __str__(self):
        return f"{self.candidate_number} {self.full_name}"


class DiplomaLookupPage(BasePage):
    intro = RichTextField("hướng dẫn", blank=True, features=SHORT_RICH_TEXT)
    issuance_procedure = models.ForeignKey(
        "procedures.ProcedurePage",
        verbose_name="thủ tục cấp bản sao",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("issuance_procedure"),
        HelpPanel(IMPORT_HELP),
    ]

    parent_page_types = ["procedures.LookupIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "tra cứu văn bằng, chứng chỉ"
        verbose_name_plural = "tra cứu văn bằng, chứng chỉ"

    def yearly_counts(self):
        return list(self.diplomas.values("year").annotate(count=models.Count("id")).order_by("-year"))

    def serve(self, request, *args, **kwargs):
        from procedures.lookups import serve_diploma_lookup

        return serve_diploma_lookup(self, request)


class Diploma(models.Model):
    page = models.ForeignKey(DiplomaLookupPage, related_name="diplomas", on_delete=models.CASCADE)
    number = models.CharField("số hiệu văn bằng", max_length=40)
    register_number = models.CharField("số vào sổ gốc", max_length=40, blank=True)
    full_name = models.CharField("họ và tên", max_length=120)
    birth_date = models.DateField("ngày sinh")
    kind = models.CharField("loại văn bằng", max_length=120, default="Bằng tốt nghiệp trung học cơ sở")
    year = models.PositiveIntegerField("năm tốt nghiệp")
    classification = models.CharField("xếp loại", max_length=40, blank=True)

    class Meta:
        verbose_name = "văn bằng"
        verbose_name_plural = "văn bằng"
        constraints = [models.UniqueConstraint(fields=["page", "number"], name="procedures_diploma_unique")]

    def __str__(self):
        return f"{self.number} {self.full_name}"
