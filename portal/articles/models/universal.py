"""Phổ cập giáo dục, xóa mù chữ: the level of universal education reached and its recognition.

Levels follow Nghị định 20/2014/NĐ-CP: phổ cập giáo dục mầm non cho trẻ em 5 tuổi; phổ cập giáo dục
tiểu học and trung học cơ sở mức độ 1-3; xóa mù chữ mức độ 1-2.
"""

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index

from portal.articles.models.base import ArticleIndexPage, ArticlePage, article_panels
from portal.articles.validation import (
    NonNegativeIntegerField,
    check_number_year,
    clean_document_number_field,
    validate_year,
)


class UniversalEducationIndexPage(ArticleIndexPage):
    """The section "Phổ cập giáo dục, xóa mù chữ"."""

    subpage_types = ["articles.UniversalEducationPage"]

    class Meta:
        verbose_name = "chuyên mục phổ cập giáo dục, xóa mù chữ"
        verbose_name_plural = "chuyên mục phổ cập giáo dục, xóa mù chữ"


class UniversalEducationPage(ArticlePage):
    """The result of one year's universal-education or literacy check, and its recognition decision."""

    class Achievement(models.TextChoices):
        PRESCHOOL_5 = "gdmn5", "Phổ cập giáo dục mầm non cho trẻ em 5 tuổi"
        PRIMARY_1 = "gdth1", "Phổ cập giáo dục tiểu học mức độ 1"
        PRIMARY_2 = "gdth2", "Phổ cập giáo dục tiểu học mức độ 2"
        PRIMARY_3 = "gdth3", "Phổ cập giáo dục tiểu học mức độ 3"
        LOWER_SECONDARY_1 = "gdthcs1", "Phổ cập giáo dục trung học cơ sở mức độ 1"
        LOWER_SECONDARY_2 = "gdthcs2", "Phổ cập giáo dục trung học cơ sở mức độ 2"
        LOWER_SECONDARY_3 = "gdthcs3", "Phổ cập giáo dục trung học cơ sở mức độ 3"
        LITERACY_1 = "xmc1", "Xóa mù chữ mức độ 1"
        LITERACY_2 = "xmc2", "Xóa mù chữ mức độ 2"

    year = models.PositiveSmallIntegerField(
        "năm", validators=[validate_year], help_text="Năm được kiểm tra, công nhận; 4 chữ số, ví dụ 2025."
    )
    achievement = models.CharField(
        "mức đạt chuẩn",
        max_length=8,
        choices=Achievement.choices,
        help_text="Chuẩn phổ cập giáo dục hoặc xóa mù chữ đạt được.",
    )
    area = models.CharField(
        "địa bàn",
        max_length=200,
        blank=True,
        help_text="Phường, xã hoặc thành phố được công nhận, ví dụ “phường Phú Hòa”.",
    )
    population = NonNegativeIntegerField(
        "số người trong độ tuổi",
        null=True,
        blank=True,
        help_text="Ví dụ: số trẻ 5 tuổi trên địa bàn; số không âm.",
    )
    achieved = NonNegativeIntegerField(
        "số người đạt chuẩn",
        null=True,
        blank=True,
        help_text="Ví dụ: số trẻ 5 tuổi hoàn thành chương trình giáo dục mầm non; không lớn hơn số trong độ tuổi.",
    )
    decision_number = models.CharField(
        "số quyết định công nhận", max_length=60, blank=True, help_text="Ví dụ 512/QĐ-UBND."
    )
    decision_date = models.DateField("ngày ký quyết định", null=True, blank=True)
    issuing_body = models.CharField(
        "cơ quan công nhận",
        max_length=200,
        blank=True,
        help_text="Ví dụ: Ủy ban nhân dân thành phố Thủ Dầu Một.",
    )

    content_panels = article_panels(
        [
            FieldRowPanel([FieldPanel("year"), FieldPanel("achievement")]),
            FieldPanel("area"),
            FieldRowPanel([FieldPanel("population"), FieldPanel("achieved")]),
            FieldRowPanel([FieldPanel("decision_number"), FieldPanel("decision_date")]),
            FieldPanel("issuing_body"),
        ],
        heading="Kết quả phổ cập",
    )
    search_fields = ArticlePage.search_fields + [
        index.SearchField("area"),
        index.SearchField("decision_number"),
        index.FilterField("year"),
        index.FilterField("achievement"),
    ]

    parent_page_types = ["articles.UniversalEducationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "kết quả phổ cập giáo dục, xóa mù chữ"
        verbose_name_plural = "kết quả phổ cập giáo dục, xóa mù chữ"

    @property
    def rate(self):
        """Percentage achieved, one decimal (None without both counts)."""
        if self.population and self.achieved is not None:
            return round(100 * self.achieved / self.population, 1)
        return None

    def clean(self):
        super().clean()
        errors = {}
        if self.population is not None and self.achieved is not None and self.achieved > self.population:
            errors["achieved"] = [
                f"Số người đạt chuẩn ({self.achieved}) không được lớn hơn số người trong độ tuổi ({self.population})."
            ]
        number = clean_document_number_field(self, "decision_number", errors, decision=True)
        if number is not None and self.decision_date is None:
            errors.setdefault("decision_date", []).append("Vui lòng nhập ngày ký quyết định.")
        check_number_year(number, self.decision_date, "decision_number", errors)
        if self.year and self.decision_date and self.decision_date.year < self.year:
            errors.setdefault("decision_date", []).append(
                f"Quyết định công nhận ({self.decision_date:%d/%m/%Y}) không thể ký trước năm được công nhận "
                f"({self.year})."
            )
        if errors:
            raise ValidationError(errors)

    def meta_items(self):
        items = [("Năm", str(self.year or "")), ("Mức đạt chuẩn", self.get_achievement_display())]
        if self.area:
            items.append(("Địa bàn", self.area))
        if self.population is not None and self.achieved is not None:
            rate = f"{self.rate:.1f}".replace(".", ",") if self.rate is not None else ""
            items.append(("Kết quả", f"{self.achieved}/{self.population} người đạt chuẩn ({rate}%)"))
        if self.decision_number:
            decision = self.decision_number
            if self.decision_date:
                decision += f" ngày {self.decision_date:%d/%m/%Y}"
            if self.issuing_body:
                decision += f" của {self.issuing_body}"
            items.append(("Quyết định công nhận", decision))
        return [(label, value) for label, value in items if value]
