"""Lấy ý kiến góp ý (letter III.3.5): a topic open for comments until its deadline.

The letter asks for the content of the issue, what is asked, the receiving address and e-mail, and the
deadline. Comments come through the page until the deadline (``procedures.consultations``), are held
for moderation (nothing a visitor writes is shown before staff publish it), and after the deadline the
page says it is closed and shows the summary of the feedback once staff publish it.
"""

import datetime

from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from portal.core.models import BasePage, MandatedSectionMixin
from portal.core.models.base import normalize_instance_text
from portal.core.validators import validate_official_email

SHORT_RICH_TEXT = ["bold", "italic", "ol", "ul", "link", "document-link"]


class ConsultationIndexPage(MandatedSectionMixin, BasePage):
    intro = RichTextField("giới thiệu chuyên mục", blank=True, features=SHORT_RICH_TEXT)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["core.HomePage"]
    subpage_types = ["procedures.ConsultationPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "chuyên mục lấy ý kiến"
        verbose_name_plural = "chuyên mục lấy ý kiến"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        pages = list(ConsultationPage.objects.child_of(self).live().public().order_by("-deadline"))
        context["open_consultations"] = [page for page in pages if page.is_open()]
        context["closed_consultations"] = [page for page in pages if not page.is_open()]
        return context


class ConsultationPage(BasePage):
    issue = RichTextField("nội dung vấn đề lấy ý kiến", features=SHORT_RICH_TEXT)
    questions = RichTextField("nội dung xin ý kiến", blank=True, features=SHORT_RICH_TEXT)
    receiving_address = models.CharField("địa chỉ tiếp nhận", max_length=255)
    receiving_email = models.EmailField("thư điện tử tiếp nhận", validators=[validate_official_email])
    deadline = models.DateTimeField(
        "hạn tiếp nhận ý kiến", help_text="Giờ Việt Nam; sau thời điểm này không nhận góp ý."
    )
    summary = RichTextField("tổng hợp ý kiến", blank=True, features=SHORT_RICH_TEXT)
    summary_published = models.BooleanField("công bố bản tổng hợp", default=False)

    content_panels = BasePage.content_panels + [
        FieldPanel("issue"),
        FieldPanel("questions"),
        InlinePanel("drafts", heading="Dự thảo", label="dự thảo"),
        MultiFieldPanel(
            [FieldPanel("receiving_address"), FieldRowPanel([FieldPanel("receiving_email"), FieldPanel("deadline")])],
            heading="Tiếp nhận",
        ),
        MultiFieldPanel([FieldPanel("summary"), FieldPanel("summary_published")], heading="Sau khi hết hạn"),
    ]

    parent_page_types = ["procedures.ConsultationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "lấy ý kiến"
        verbose_name_plural = "lấy ý kiến"

    def is_open(self, at=None):
        return (at or timezone.now()) <= self.deadline

    def published_comments(self):
        return self.comments.filter(status=ConsultationComment.Status.PUBLISHED).order_by("created_at")

    def serve(self, request, *args, **kwargs):
        from procedures.consultations import serve_consultation

        return serve_consultation(self, request)


class ConsultationDraft(Orderable):
    page = ParentalKey(ConsultationPage, related_name="drafts", on_delete=models.CASCADE)
    document = models.ForeignKey("wagtaildocs.Document", verbose_name="tệp", on_delete=models.CASCADE, related_name="+")
    label = models.CharField("tên dự thảo", max_length=255)

    panels = [FieldPanel("label"), FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = "dự thảo"


class ConsultationComment(models.Model):
    class Status(models.TextChoices):
        PENDING = "cho_duyet", "Chờ duyệt"
        PUBLISHED = "da_dang", "Đã đăng"
        REJECTED = "khong_dang", "Không đăng"

    page = models.ForeignKey(ConsultationPage, related_name="comments", on_delete=models.CASCADE)
    name = models.CharField("họ và tên", max_length=200)
    organization = models.CharField("đơn vị / địa chỉ", max_length=255, blank=True)
    contact = models.CharField("điện thoại hoặc thư điện tử", max_length=200)
    body = models.TextField("ý kiến")
    created_at = models.DateTimeField("gửi lúc", default=timezone.now)
    status = models.CharField("trạng thái", max_length=12, choices=Status.choices, default=Status.PENDING)
    erase_after = models.DateField(
        "xóa sau ngày", null=True, blank=True, db_index=True, help_text="Hai năm sau ngày gửi (dữ liệu cá nhân)."
    )

    class Meta:
        verbose_name = "ý kiến góp ý"
        verbose_name_plural = "ý kiến góp ý"
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name}: {self.body[:40]}"

    def save(self, *args, **kwargs):
        normalize_instance_text(self)  # typed by the public: stored NFC
        if self.erase_after is None:
            sent = timezone.localtime(self.created_at).date() if self.created_at else timezone.localdate()
            self.erase_after = sent + datetime.timedelta(days=2 * 365)
        super().save(*args, **kwargs)
