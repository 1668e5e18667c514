"""Tuyên truyền, phổ biến pháp luật: articles explaining a law, policy or entitlement (letter III.3, 9)."""

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index

from portal.articles.models.base import ArticleIndexPage, ArticlePage, article_panels
from portal.articles.validation import check_dates_in_order, check_number_year, clean_document_number_field


class LegalEducationIndexPage(ArticleIndexPage):
    """The section "Tuyên truyền, phổ biến pháp luật"."""

    subpage_types = ["articles.LegalEducationArticlePage"]

    class Meta:
        verbose_name = "chuyên mục tuyên truyền, phổ biến pháp luật"
        verbose_name_plural = "chuyên mục tuyên truyền, phổ biến pháp luật"


class LegalEducationArticlePage(ArticlePage):
    """One article of legal education, citing the document it explains by its số ký hiệu."""

    class Topic(models.TextChoices):
        LAW = "luat", "Luật, văn bản quy phạm pháp luật"
        POLICY = "chinh_sach", "Chính sách"
        ENTITLEMENT = "che_do", "Chế độ (đối với nhà giáo, người học)"

    topic = models.CharField(
        "chủ đề",
        max_length=16,
        choices=Topic.choices,
        default=Topic.LAW,
        help_text="Bài viết phổ biến luật, hướng dẫn chính sách hay chế độ.",
    )
    document_title = models.CharField(
        "tên văn bản",
        max_length=255,
        blank=True,
        help_text="Tên văn bản được tuyên truyền, ví dụ “Luật An ninh mạng”.",
    )
    document_number = models.CharField(
        "số ký hiệu văn bản",
        max_length=60,
        blank=True,
        help_text="Số ký hiệu của văn bản được trích dẫn, ví dụ 24/2018/QH14 hoặc 36/2017/TT-BGDĐT.",
    )
    document_date = models.DateField(
        "ngày ban hành văn bản", null=True, blank=True, help_text="Ngày ban hành ghi trên văn bản (dd/mm/yyyy)."
    )

    content_panels = article_panels(
        [
            FieldPanel("topic"),
            FieldPanel("document_title"),
            FieldRowPanel([FieldPanel("document_number"), FieldPanel("document_date")]),
        ],
        heading="Văn bản được tuyên truyền",
    )
    search_fields = ArticlePage.search_fields + [
        index.SearchField("document_title"),
        index.SearchField("document_number"),
        index.FilterField("topic"),
    ]

    parent_page_types = ["articles.LegalEducationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "bài tuyên truyền pháp luật"
        verbose_name_plural = "bài tuyên truyền pháp luật"

    def clean(self):
        super().clean()
        errors = {}
        number = clean_document_number_field(self, "document_number", errors)
        check_number_year(number, self.document_date, "document_date", errors)
        check_dates_in_order(self, [("document_date", "Ngày ban hành văn bản"), ("date", "Ngày đăng")], errors)
        if errors:
            raise ValidationError(errors)

    def meta_items(self):
        items = [("Chủ đề", self.get_topic_display())]
        cited = " ".join(part for part in (self.document_title, self.document_number) if part)
        if cited:
            items.append(("Văn bản", cited))
        if self.document_date:
            items.append(("Ngày ban hành", f"{self.document_date:%d/%m/%Y}"))
        return items
