"""Kiểm định chất lượng giáo dục: self-assessment, external assessment, accreditation and standard levels.

Levels follow the Ministry's accreditation rules (Thông tư 17, 18, 19/2018/TT-BGDĐT): accreditation
"cấp độ 1-4" and national standard "mức độ 1-2"; a certificate is valid for five years.
"""

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index

from portal.articles.models.base import ArticleIndexPage, ArticlePage, article_panels
from portal.articles.validation import (
    check_dates_in_order,
    check_number_year,
    clean_document_number_field,
    parse_year_range,
    validate_year,
)


class AccreditationIndexPage(ArticleIndexPage):
    """The section "Kiểm định chất lượng giáo dục"."""

    subpage_types = ["articles.AccreditationPage"]

    class Meta:
        verbose_name = "chuyên mục kiểm định chất lượng giáo dục"
        verbose_name_plural = "chuyên mục kiểm định chất lượng giáo dục"


class AccreditationPage(ArticlePage):
    """Results of one accreditation round of a school (or a district report on its schools)."""

    class Level(models.IntegerChoices):
        LEVEL_1 = 1, "Cấp độ 1"
        LEVEL_2 = 2, "Cấp độ 2"
        LEVEL_3 = 3, "Cấp độ 3"
        LEVEL_4 = 4, "Cấp độ 4"

    class StandardLevel(models.IntegerChoices):
        LEVEL_1 = 1, "Mức độ 1"
        LEVEL_2 = 2, "Mức độ 2"

    assessment_year = models.PositiveSmallIntegerField(
        "năm đánh giá", validators=[validate_year], help_text="Năm thực hiện đánh giá, 4 chữ số, ví dụ 2024."
    )
    cycle = models.CharField(
        "chu kỳ kiểm định",
        max_length=11,
        blank=True,
        help_text="Dạng YYYY-YYYY, ví dụ 2020-2025 (chu kỳ 5 năm).",
    )
    self_assessment_date = models.DateField(
        "ngày hoàn thành tự đánh giá", null=True, blank=True, help_text="Ngày ký báo cáo tự đánh giá."
    )
    external_assessment_date = models.DateField(
        "ngày đánh giá ngoài", null=True, blank=True, help_text="Ngày đoàn đánh giá ngoài kết thúc khảo sát."
    )
    accreditation_level = models.PositiveSmallIntegerField(
        "cấp độ kiểm định",
        choices=Level.choices,
        null=True,
        blank=True,
        help_text="Cấp độ đạt kiểm định chất lượng giáo dục (1 đến 4).",
    )
    standard_level = models.PositiveSmallIntegerField(
        "mức độ đạt chuẩn quốc gia",
        choices=StandardLevel.choices,
        null=True,
        blank=True,
        help_text="Bỏ trống nếu chưa được công nhận đạt chuẩn quốc gia.",
    )
    decision_number = models.CharField(
        "số quyết định công nhận",
        max_length=60,
        blank=True,
        help_text="Số ký hiệu quyết định, ví dụ 1234/QĐ-SGDĐT.",
    )
    decision_date = models.DateField("ngày ký quyết định", null=True, blank=True)
    issuing_body = models.CharField(
        "cơ quan ban hành",
        max_length=200,
        blank=True,
        help_text="Ví dụ: Sở Giáo dục và Đào tạo tỉnh Bình Dương.",
    )
    valid_until = models.DateField(
        "hiệu lực đến ngày", null=True, blank=True, help_text="Ngày hết hạn của giấy chứng nhận (thường 5 năm)."
    )

    content_panels = article_panels(
        [
            FieldRowPanel([FieldPanel("assessment_year"), FieldPanel("cycle")]),
            FieldRowPanel([FieldPanel("self_assessment_date"), FieldPanel("external_assessment_date")]),
            FieldRowPanel([FieldPanel("accreditation_level"), FieldPanel("standard_level")]),
            FieldRowPanel([FieldPanel("decision_number"), FieldPanel("decision_date")]),
            FieldRowPanel([FieldPanel("issuing_body"), FieldPanel("valid_until")]),
        ],
        heading="Kết quả kiểm định",
    )
    search_fields = ArticlePage.search_fields + [
        index.SearchField("decision_number"),
        index.SearchField("issuing_body"),
        index.FilterField("assessment_year"),
    ]

    parent_page_types = ["articles.AccreditationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "kết quả kiểm định chất lượng"
        verbose_name_plural = "kết quả kiểm định chất lượng"

    def clean(self):
        super().clean()
        errors = {}
        if (self.cycle or "").strip():
            try:
                start, end = parse_year_range(self.cycle)
            except ValidationError as error:
                errors["cycle"] = error.messages
            else:
                self.cycle = f"{start}-{end}"
                if self.assessment_year and not start <= self.assessment_year <= end:
                    errors["assessment_year"] = [
                        f"Năm đánh giá {self.assessment_year} nằm ngoài chu kỳ kiểm định {self.cycle}."
                    ]
        number = clean_document_number_field(self, "decision_number", errors, decision=True)
        if number is not None and self.decision_date is None:
            errors.setdefault("decision_date", []).append("Vui lòng nhập ngày ký quyết định.")
        check_number_year(number, self.decision_date, "decision_number", errors)
        check_dates_in_order(
            self,
            [
                ("self_assessment_date", "Ngày hoàn thành tự đánh giá"),
                ("external_assessment_date", "Ngày đánh giá ngoài"),
                ("decision_date", "Ngày ký quyết định"),
                ("valid_until", "Ngày hết hiệu lực"),
            ],
            errors,
        )
        if errors:
            raise ValidationError(errors)

    def meta_items(self):
        items = [("Năm đánh giá", str(self.assessment_year or ""))]
        if self.cycle:
            items.append(("Chu kỳ kiểm định", self.cycle))
        if self.self_assessment_date:
            items.append(("Tự đánh giá", f"{self.self_assessment_date:%d/%m/%Y}"))
        if self.external_assessment_date:
            items.append(("Đánh giá ngoài", f"{self.external_assessment_date:%d/%m/%Y}"))
        if self.accreditation_level:
            items.append(("Kiểm định chất lượng", f"Đạt {self.get_accreditation_level_display().lower()}"))
        if self.standard_level:
            items.append(("Chuẩn quốc gia", f"Đạt {self.get_standard_level_display().lower()}"))
        if self.decision_number:
            decision = self.decision_number
            if self.decision_date:
                decision += f" ngày {self.decision_date:%d/%m/%Y}"
            if self.issuing_body:
                decision += f" của {self.issuing_body}"
            items.append(("Quyết định công nhận", decision))
        if self.valid_until:
            items.append(("Hiệu lực đến", f"{self.valid_until:%d/%m/%Y}"))
        return [(label, value) for label, value in items if value]
