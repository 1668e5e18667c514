"""Files attached to a legal document, their extracted text, and their download counters.

Why an inline (``ParentalKey`` + ``Orderable``) pointing at ``wagtaildocs.Document``: a document has one
or more files (the signed PDF, an annex in Excel, the Word draft), ordered, and they belong to the page's
revisions (a draft can change its files without touching the live page). The extracted text lives on the
attachment, so it travels with the revision that will publish it.

Why download counts are NOT a field here: on publish, modelcluster rewrites every child row from the
revision's JSON, which would reset a counter to the value it had when the draft was saved. Counts live
in ``AttachmentDownload``, one row per attachment, incremented with ``F()``.
"""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import F
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from documents import extraction
from documents.safety import check_document, extension_of, human_size
from documents.storage import make_filename_safe


class DocumentAttachment(Orderable):
    page = ParentalKey("documents.LegalDocumentPage", on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name="tệp",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="PDF, DOC, DOCX, XLS, XLSX hoặc ODT, tối đa 20 MB. Nên đính kèm bản PDF có chữ ký, đóng dấu.",
    )
    title = models.CharField(
        "tên hiển thị", max_length=255, blank=True, help_text="Để trống để dùng tên của tệp (ví dụ “Phụ lục I”)."
    )
    extracted_text = models.TextField("nội dung trích xuất", blank=True, editable=False)
    extraction_status = models.CharField(
        "trạng thái trích xuất",
        max_length=20,
        choices=extraction.STATUS_CHOICES,
        default=extraction.PENDING,
        editable=False,
    )
    extraction_note = models.CharField("ghi chú trích xuất", max_length=255, blank=True, editable=False)
    detected_encoding = models.CharField("bảng mã cũ phát hiện", max_length=20, blank=True, editable=False)
    page_count = models.PositiveIntegerField("số trang", null=True, blank=True, editable=False)
    source_key = models.CharField(max_length=300, blank=True, editable=False)

    panels = [
        FieldPanel("document"),
        FieldPanel("title"),
        FieldPanel("extraction_status", read_only=True, heading="Nội dung (để tìm kiếm)"),
        FieldPanel("extraction_note", read_only=True, heading="Ghi chú"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "tệp đính kèm"
        verbose_name_plural = "tệp đính kèm"

    def __str__(self):
        return self.display_title

    def clean(self):
        super().clean()
        if self.document_id is None:
            raise ValidationError({"document": "Vui lòng chọn tệp văn bản."})
        try:
            check_document(self.document)
        except ValidationError as error:
            raise ValidationError({"document": error.messages}) from error

    @property
    def display_title(self):
        if self.title:
            return self.title
        return self.document.title if self.document_id and self.document else "Tệp đính kèm"

    @property
    def extension(self):
        return extension_of(self.document.file.name) if self.document else ""

    @property
    def is_pdf(self):
        return self.extension == "pdf"

    @property
    def size_display(self):
        size = self.document.get_file_size() if self.document else None
        return human_size(size) if size else ""

    @property
    def is_readable(self):
        return self.extraction_status in (extraction.OK, extraction.LEGACY_CONVERTED)

    def file_key(self):
        document = self.document
        return f"{document.pk}:{document.file.name}:{document.file_size or ''}" if document else ""

    def refresh_extraction(self, *, force=False):
        """Extract the text again if the file changed since the last extraction; True if it ran.

        The file is renamed to a safe name first. A file that can't be read is kept and flagged.
        """
        if self.document_id is None or self.document is None:
            return False
        make_filename_safe(self.document)
        key = self.file_key()
        if key == self.source_key and not force:
            return False
        try:
            with self.document.open_file() as handle:
                data = handle.read()
        except (OSError, ValueError):
            result = extraction.Extraction(status=extraction.UNREADABLE, note="Không tìm thấy tệp trên máy chủ.")
        else:
            result = extraction.extract(data, extension_of(self.document.file.name))
        self.extracted_text = result.text
        self.extraction_status = result.status
        self.extraction_note = result.note[:255]
        self.detected_encoding = result.encoding
        self.page_count = result.page_count
        self.source_key = key
        return True

    def download_count(self):
        counter = AttachmentDownload.objects.filter(attachment_id=self.pk).values_list("count", flat=True).first()
        return counter or 0


class AttachmentDownload(models.Model):
    """How many times an attachment was downloaded (kept outside revisions, see the module docstring)."""

    attachment = models.OneToOneField(
        DocumentAttachment, primary_key=True, on_delete=models.CASCADE, related_name="download_counter"
    )
    count = models.PositiveBigIntegerField("lượt tải", default=0)

    class Meta:
        verbose_name = "lượt tải tệp"
        verbose_name_plural = "lượt tải tệp"

    def __str__(self):
        return f"{self.attachment_id}: {self.count}"

    @classmethod
    def increment(cls, attachment_id):
        """Atomically add one download (``UPDATE ... SET count = count + 1``; first download inserts)."""
        if cls.objects.filter(attachment_id=attachment_id).update(count=F("count") + 1):
            return
        try:
            with transaction.atomic():
                cls.objects.create(attachment_id=attachment_id, count=1)
        except IntegrityError:  # a concurrent first download created the row
            cls.objects.filter(attachment_id=attachment_id).update(count=F("count") + 1)
