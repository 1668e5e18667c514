"""Relations between documents: replaces, amends, guides; the reverse ones are computed.

Why a target that is either a page or a free-text number: the register must say "Thay thế văn bản số
1031/PGDĐT-CNTT" even when that 2014 letter was never uploaded, and the Ministry's circulars often are not
in a school's registry. A free-text number is matched to a page with the same canonical number when one
exists (``queries.incoming_relations``), so importing the older document later links both ways.
"""

from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from portal.text.numbering import DocumentNumberError, parse_document_number


class RelationType(models.TextChoices):
    REPLACES = "replaces", "Thay thế"
    AMENDS = "amends", "Sửa đổi, bổ sung"
    GUIDES = "guides", "Hướng dẫn thi hành"


# How a relation reads from each end ("Thay thế văn bản ...", "Bị thay thế bởi ...").
OUTGOING_LABELS = {
    RelationType.REPLACES: "Thay thế văn bản",
    RelationType.AMENDS: "Sửa đổi, bổ sung văn bản",
    RelationType.GUIDES: "Hướng dẫn thi hành văn bản",
}
INCOMING_LABELS = {
    RelationType.REPLACES: "Bị thay thế bởi",
    RelationType.AMENDS: "Bị sửa đổi, bổ sung bởi",
    RelationType.GUIDES: "Được hướng dẫn bởi",
}


class DocumentRelation(Orderable):
    page = ParentalKey("documents.LegalDocumentPage", on_delete=models.CASCADE, related_name="relations")
    relation_type = models.CharField("quan hệ", max_length=16, choices=RelationType.choices)
    target_page = models.ForeignKey(
        "documents.LegalDocumentPage",
        verbose_name="văn bản trong cổng",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="incoming_relations",
        help_text="Chọn văn bản đã có trên cổng; nếu chưa có, nhập số ký hiệu ở ô bên dưới.",
    )
    target_number = models.CharField(
        "số ký hiệu văn bản khác",
        max_length=60,
        blank=True,
        db_index=True,
        help_text="Ví dụ 1031/PGDĐT-CNTT, cho văn bản không có trên cổng.",
    )
    target_title = models.CharField(
        "trích yếu văn bản khác", max_length=500, blank=True, help_text="Không bắt buộc; hiển thị kèm số ký hiệu."
    )
    target_date = models.DateField("ngày ban hành văn bản khác", null=True, blank=True)

    panels = [
        FieldPanel("relation_type"),
        FieldPanel("target_page"),
        FieldPanel("target_number"),
        FieldPanel("target_date"),
        FieldPanel("target_title"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "quan hệ với văn bản khác"
        verbose_name_plural = "quan hệ với văn bản khác"

    def __str__(self):
        return f"{self.get_relation_type_display()} {self.target_label}"

    def clean(self):
        super().clean()
        if self.target_page_id is None and not self.target_number.strip():
            raise ValidationError({"target_number": "Chọn văn bản trên cổng hoặc nhập số ký hiệu văn bản liên quan."})
        if self.target_page_id is not None and self.target_page_id == self.page_id:
            raise ValidationError({"target_page": "Văn bản không thể có quan hệ với chính nó."})
        if self.target_page_id is None:
            try:
                self.target_number = parse_document_number(self.target_number).canonical
            except DocumentNumberError as error:
                raise ValidationError({"target_number": str(error)}) from error
        else:
            self.target_number = ""

    def save(self, *args, **kwargs):
        """Numbers are matched by canonical form, whoever created the row (admin, import, code)."""
        if self.target_number:
            try:
                self.target_number = parse_document_number(self.target_number).canonical
            except DocumentNumberError:
                pass  # kept as typed; the admin form refuses it before it gets here
        super().save(*args, **kwargs)

    @property
    def outgoing_label(self):
        return OUTGOING_LABELS[self.relation_type]

    @property
    def target_label(self):
        if self.target_page_id and self.target_page:
            return self.target_page.reference
        text = f"số {self.target_number}"
        if self.target_date:
            text += f" ngày {self.target_date:%d/%m/%Y}"
        if self.target_title:
            text += f" ({self.target_title})"
        return text
