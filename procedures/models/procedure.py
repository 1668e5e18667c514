"""Thủ tục hành chính: the "Thủ tục - Biểu mẫu" section and one procedure page.

Why structured fields and not one rich text: the letter (III.3.4) and the national procedure database
(Cơ sở dữ liệu quốc gia về thủ tục hành chính) describe every procedure by the same parts (trình tự,
thành phần hồ sơ, thời hạn giải quyết, phí, căn cứ pháp lý, mẫu đơn); parents compare procedures by
them and the list filters by field. The legal basis links to the portal's document registry
(``documents.LegalDocumentPage``) when the text is there, and keeps a citation otherwise.
"""

from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from portal.core.models import BasePage, MandatedSectionMixin

SHORT_RICH_TEXT = ["bold", "italic", "ol", "ul", "link", "document-link"]
FIELD_PARAM = "linh-vuc"


class ProcedureField(models.TextChoices):
    ENROLLMENT = "tuyen_sinh", "Tuyển sinh, chuyển trường"
    STUDENT_AFFAIRS = "hoc_vu", "Học vụ, hồ sơ học sinh"
    ASSESSMENT = "thi_danh_gia", "Thi, kiểm tra, đánh giá"
    FEES = "hoc_phi", "Học phí, chế độ chính sách"
    DIPLOMAS = "van_bang", "Văn bằng, chứng chỉ"
    OTHER = "khac", "Khác"


class ProcedureIndexPage(MandatedSectionMixin, BasePage):
    """The section: procedures filterable by field, and the online services offered under it."""

    intro = RichTextField("giới thiệu chuyên mục", blank=True, features=SHORT_RICH_TEXT)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["core.HomePage"]
    subpage_types = [
        "procedures.ProcedurePage",
        "procedures.OnlineFormPage",
        "procedures.QuestionIndexPage",
        "procedures.AdmissionApplicationPage",
        "procedures.ExamRegistrationPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "chuyên mục thủ tục - biểu mẫu"
        verbose_name_plural = "chuyên mục thủ tục - biểu mẫu"

    def services(self):
        """Live online services under the section (forms, Q&A, admission, exams), in tree order."""
        children = self.get_children().live().public().not_type(ProcedurePage)
        return [page.specific for page in children]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        procedures = ProcedurePage.objects.child_of(self).live().public().order_by("title")
        selected = request.GET.get(FIELD_PARAM, "")
        if selected in ProcedureField.values:
            procedures = procedures.filter(field=selected)
        else:
            selected = ""
        context.update(
            procedures=procedures,
            fields=ProcedureField.choices,
            selected_field=selected,
            field_param=FIELD_PARAM,
            services=self.services(),
        )
        return context


class ProcedurePage(BasePage):
    field = models.CharField("lĩnh vực", max_length=20, choices=ProcedureField.choices, default=ProcedureField.OTHER)
    audience = models.TextField(
        "đối tượng thực hiện", help_text="Ví dụ: cha mẹ hoặc người giám hộ của học sinh đang học tại trường."
    )
    place = models.CharField(
        "nơi nộp hồ sơ", max_length=255, blank=True, help_text="Ví dụ: Văn phòng nhà trường (giờ hành chính)."
    )
    steps = RichTextField("trình tự thực hiện", features=SHORT_RICH_TEXT)
    dossier = RichTextField("thành phần hồ sơ", features=SHORT_RICH_TEXT)
    processing_time = models.CharField(
        "thời hạn giải quyết", max_length=255, help_text="Ví dụ: 03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ."
    )
    fee = models.CharField("phí, lệ phí", max_length=255, default="Không")
    result = models.CharField("kết quả thực hiện", max_length=255, blank=True)
    online_service = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="nộp trực tuyến",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Biểu mẫu trực tuyến (hoặc dịch vụ đăng ký) để nộp thủ tục này qua "
        "cổng; để trống nếu chỉ nộp trực tiếp.",
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("field"), FieldPanel("fee")]), FieldPanel("audience"), FieldPanel("place")],
            heading="Thông tin chung",
        ),
        FieldPanel("steps"),
        FieldPanel("dossier"),
        FieldRowPanel([FieldPanel("processing_time"), FieldPanel("result")]),
        InlinePanel("legal_bases", heading="Căn cứ pháp lý", label="căn cứ"),
        InlinePanel("form_files", heading="Biểu mẫu tải về", label="biểu mẫu"),
        PageChooserPanel(
            "online_service",
            page_type=[
                "procedures.OnlineFormPage",
                "procedures.QuestionIndexPage",
                "procedures.AdmissionApplicationPage",
                "procedures.ExamRegistrationPage",
            ],
        ),
    ]

    parent_page_types = ["procedures.ProcedureIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "thủ tục"
        verbose_name_plural = "thủ tục"

    def live_online_service(self):
        page = self.online_service
        return page.specific if page is not None and page.live else None

    def get_search_text(self):
        bases = " ".join(basis.label() for basis in self.legal_bases.all())
        return "\n".join([self.title, self.get_field_display(), self.audience, self.steps, self.dossier, bases])


class ProcedureLegalBasis(Orderable):
    page = ParentalKey(ProcedurePage, related_name="legal_bases", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "documents.LegalDocumentPage",
        verbose_name="văn bản trong sổ văn bản",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    citation = models.CharField(
        "trích dẫn",
        max_length=500,
        blank=True,
        help_text="Số ký hiệu và trích yếu, ví dụ “Thông tư 21/2019/TT-BGDĐT ... quy chế quản lý bằng tốt nghiệp”; "
        "dùng khi văn bản chưa có trong sổ văn bản.",
    )

    panels = [FieldPanel("document"), FieldPanel("citation")]

    class Meta(Orderable.Meta):
        verbose_name = "căn cứ pháp lý"

    def clean(self):
        if not self.document_id and not self.citation.strip():
            raise ValidationError({"citation": "Hãy chọn văn bản trong sổ văn bản hoặc ghi trích dẫn."})

    def label(self):
        if self.document_id and self.document:
            return f"{self.document.number} {self.document.title}"
        return self.citation

    def live_document(self):
        document = self.document
        return document if document is not None and document.live else None


class ProcedureFormFile(Orderable):
    page = ParentalKey(ProcedurePage, related_name="form_files", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name="tệp mẫu", on_delete=models.CASCADE, related_name="+"
    )
    label = models.CharField("tên biểu mẫu", max_length=255, help_text="Ví dụ: Mẫu đơn xin chuyển trường.")

    panels = [FieldPanel("label"), FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = "biểu mẫu"
