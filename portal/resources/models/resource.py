"""One digital resource: a file to download or a link to an outside system, classified for filtering."""

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from portal.core.models import BasePage
from portal.core.models.system_links import HttpURLField
from portal.resources.choices import GRADE_CHOICES, GRADES, SUBJECT_CHOICES, SUBJECTS, ResourceType
from portal.resources.filters import search_key

NEITHER_MESSAGE = "Vui lòng chọn tệp tài nguyên hoặc nhập liên kết ngoài (một trong hai)."
BOTH_MESSAGE = "Chỉ dùng một trong hai: tệp tải lên hoặc liên kết ngoài, không dùng cả hai."


class ResourcePage(BasePage):
    """Học liệu số, bài giảng e-learning, sách điện tử or phần mềm, with subject and grade."""

    resource_type = models.CharField(
        "loại tài nguyên", max_length=16, choices=ResourceType.choices, default=ResourceType.LEARNING_MATERIAL
    )
    subject = models.CharField(
        "môn học / lĩnh vực",
        max_length=32,
        choices=SUBJECT_CHOICES,
        help_text="Môn học theo Chương trình GDPT 2018, hoặc lĩnh vực phát triển với tài nguyên mầm non.",
    )
    grade = models.CharField(
        "khối lớp / lứa tuổi",
        max_length=16,
        choices=GRADE_CHOICES,
        help_text="Khối lớp (tiểu học, THCS) hoặc lứa tuổi (mầm non) sử dụng tài nguyên.",
    )
    description = models.TextField(
        "mô tả",
        blank=True,
        max_length=1000,
        help_text="Nội dung, cách sử dụng, yêu cầu thiết bị (ví dụ: chạy trên máy tính Windows, điện thoại).",
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name="tệp tài nguyên",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Tệp để tải về (PDF, Word, PowerPoint, ZIP...). Bỏ trống nếu dùng liên kết ngoài.",
    )
    external_url = HttpURLField(
        "liên kết ngoài",
        max_length=1000,
        blank=True,
        help_text="Địa chỉ bắt đầu bằng https:// (hoặc http://) khi tài nguyên nằm ở trang khác. "
        "Bỏ trống nếu đã chọn tệp.",
    )
    author = models.CharField(
        "tác giả / đơn vị biên soạn",
        max_length=200,
        blank=True,
        help_text="Ví dụ: Tổ Toán – Tin, Trường THCS Nguyễn Viết Xuân.",
    )
    licence = models.CharField(
        "giấy phép sử dụng",
        max_length=200,
        blank=True,
        help_text="Ví dụ: CC BY 4.0; Phần mềm tự do (GPL); Bản quyền thuộc NXB Giáo dục Việt Nam, chỉ xem trực tuyến.",
    )
    search_key = models.TextField(editable=False, blank=True, default="")

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("resource_type"), FieldRowPanel([FieldPanel("subject"), FieldPanel("grade")])],
            heading="Phân loại",
        ),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("document"), FieldPanel("external_url")],
            heading="Tệp hoặc liên kết (chọn một)",
        ),
        FieldRowPanel([FieldPanel("author"), FieldPanel("licence")]),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("description"),
        index.SearchField("author"),
        index.FilterField("resource_type"),
        index.FilterField("subject"),
        index.FilterField("grade"),
    ]

    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []
    feed_kind = "resource"

    class Meta:
        verbose_name = "tài nguyên số"
        verbose_name_plural = "tài nguyên số"

    def clean(self):
        super().clean()
        self.external_url = (self.external_url or "").strip()
        if not self.document_id and not self.external_url:
            raise ValidationError({"document": NEITHER_MESSAGE, "external_url": NEITHER_MESSAGE})
        if self.document_id and self.external_url:
            raise ValidationError({"document": BOTH_MESSAGE, "external_url": BOTH_MESSAGE})

    def save(self, *args, **kwargs):
        self.search_key = search_key(self.title, self.description, self.author, *self.labels())
        return super().save(*args, **kwargs)

    def labels(self):
        return [self.get_resource_type_display(), SUBJECTS.get(self.subject, ""), GRADES.get(self.grade, "")]

    @property
    def meta_line(self):
        """ "Sách điện tử · Toán · Lớp 6": shown in lists and stored as the projection's summary."""
        return " · ".join(label for label in self.labels() if label)

    @property
    def is_external(self):
        return not self.document_id and bool(self.external_url)

    @property
    def link_url(self):
        if self.document_id and self.document:
            return self.document.url
        return self.external_url

    @property
    def search_date(self):
        moment = self.first_published_at or self.latest_revision_created_at
        return moment.date() if moment else None

    def get_summary(self):
        """What feeds show under the title: the description, else the classification."""
        return self.description or self.meta_line

    def get_search_text(self):
        return " ".join(part for part in (self.title, self.meta_line, self.description, self.author) if part)
