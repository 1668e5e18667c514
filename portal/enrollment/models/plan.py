"""Kế hoạch tuyển sinh: the year's admission plan, a document-like page."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField

from portal.core.blocks import BodyBlock
from portal.core.models import BasePage
from portal.core.validators import validate_school_year


class EnrollmentPlanPage(BasePage):
    school_year = models.CharField(
        "năm học",
        max_length=9,
        validators=[validate_school_year],
        help_text="Dạng YYYY-YYYY, năm sau bằng năm trước cộng 1, ví dụ 2026-2027.",
    )
    summary = models.TextField(
        "tóm tắt", blank=True, max_length=1000, help_text="Vài dòng hiển thị trong danh sách của chuyên mục."
    )
    body = StreamField(
        BodyBlock(),
        verbose_name="nội dung kế hoạch",
        blank=True,
        help_text="Căn cứ, mục đích, chỉ tiêu, phương thức, lịch tuyển sinh; đính kèm văn bản kế hoạch (PDF).",
    )

    content_panels = BasePage.content_panels + [FieldPanel("school_year"), FieldPanel("summary"), FieldPanel("body")]

    parent_page_types = ["enrollment.EnrollmentIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "kế hoạch tuyển sinh"
        verbose_name_plural = "kế hoạch tuyển sinh"
