"""One legal or administrative document of the registry, as a Wagtail page.

Why a page (not a snippet): every document needs what pages already have: a public URL and sitemap
entry, revisions (who changed the trích yếu, when), the editorial board's approval workflow (letter
III.5), scheduled publishing, view restrictions, and the site-wide search, which indexes every live page
type through ``get_search_text()``/``search_date``. A snippet would need all of that rebuilt.

The số ký hiệu is validated by ``portal.text.numbering`` and stored in canonical form with its parts; the
type and issuing body default from it. The status is derived (``documents.status``), never stored.
Downloads go through ``/tai-ve/<attachment id>/`` on the page (``documents.serving``) to count them.
"""

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from documents import queries
from documents.choices import DocumentField, DocumentType, type_for_number
from documents.models.issuers import IssuingBody
from documents.models.relations import INCOMING_LABELS
from documents.serving import serve_attachment
from documents.status import derive_status
from portal.core.models import BasePage
from portal.text import fold
from portal.text.numbering import DocumentNumberError, parse_document_number


class LegalDocumentPage(RoutablePageMixin, BasePage):
    number = models.CharField(
        "số ký hiệu",
        max_length=60,
        help_text="Ví dụ 36/2017/TT-BGDĐT, 24/2018/QH14, 1768/SGDĐT-VP. Được chuẩn hóa khi lưu.",
    )
    document_type = models.CharField(
        "hình thức văn bản",
        max_length=24,
        choices=DocumentType.choices,
        blank=True,
        help_text="Để trống để xác định theo số ký hiệu (TT: Thông tư, NĐ: Nghị định...).",
    )
    issuer = models.ForeignKey(
        "documents.IssuingBody",
        verbose_name="cơ quan ban hành",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="documents",
        help_text="Để trống để xác định theo ký hiệu cơ quan trong số ký hiệu (nếu có trong danh mục).",
    )
    signer = models.CharField("người ký", max_length=200, blank=True, help_text="Chức vụ và họ tên.")
    issue_date = models.DateField("ngày ban hành")
    effective_date = models.DateField(
        "ngày có hiệu lực", null=True, blank=True, help_text="Để trống nếu có hiệu lực từ ngày ban hành."
    )
    expiry_date = models.DateField(
        "ngày hết hiệu lực", null=True, blank=True, help_text="Ngày văn bản không còn được áp dụng (nếu có)."
    )
    field = models.CharField("lĩnh vực", max_length=32, choices=DocumentField.choices, default=DocumentField.GENERAL)
    abstract = models.TextField("tóm tắt nội dung", blank=True)

    # Parts of the parsed number, for sorting and look-up.
    number_value = models.PositiveIntegerField(default=0, editable=False)
    number_year = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    type_code = models.CharField(max_length=10, blank=True, editable=False)
    issuer_code = models.CharField(max_length=60, blank=True, editable=False)
    unit_code = models.CharField(max_length=20, blank=True, editable=False)
    # Lower-case, diacritic-free copy of the metadata and attachment texts, for "thong tu 36" queries.
    search_folded = models.TextField(blank=True, editable=False)

    content_panels = [
        MultiFieldPanel(
            [
                FieldPanel("number"),
                FieldRowPanel([FieldPanel("document_type"), FieldPanel("issuer")]),
                FieldPanel("signer"),
            ],
            heading="Số ký hiệu, hình thức và thẩm quyền ban hành",
        ),
        FieldPanel(
            "title",
            heading="Trích yếu",
            help_text="Trích yếu nội dung, ví dụ “Ban hành Quy chế thực hiện công khai đối với cơ sở giáo dục”.",
        ),
        FieldRowPanel(
            [FieldPanel("issue_date"), FieldPanel("effective_date"), FieldPanel("expiry_date")],
            heading="Ngày ban hành và hiệu lực",
        ),
        FieldPanel("field"),
        FieldPanel("abstract"),
        InlinePanel("attachments", heading="Tệp đính kèm", label="tệp"),
        InlinePanel("relations", heading="Quan hệ với văn bản khác", label="quan hệ"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("number"),
        index.AutocompleteField("number"),
        index.SearchField("abstract"),
        index.SearchField("signer"),
        index.FilterField("issue_date"),
        index.FilterField("document_type"),
    ]

    # The trích yếu is a sentence; the số ký hiệu is what people cite and type: 08/QĐ-THPH1 -> 08-qd-thph1.
    slug_source = "number"
    parent_page_types = ["documents.DocumentIndexPage"]
    subpage_types = []
    # Listed in the portal's outgoing documents feed (/rss/van-ban/, portal.feeds.selection).
    feed_kind = "document"

    class Meta:
        verbose_name = "văn bản"
        verbose_name_plural = "văn bản"
        indexes = [models.Index(fields=["number"], name="legaldoc_number")]

    # --- validation -----------------------------------------------------------------------------------

    def full_clean(self, *args, **kwargs):
        self._apply_number()  # canonical number first: an empty slug is built from it (``slug_source``)
        if self.slug and not self.slug.isascii():
            self.slug = ""  # Wagtail's script derived it from the trích yếu: the số ký hiệu is the address
        super().full_clean(*args, **kwargs)

    def clean(self):
        super().clean()
        errors, parsed = {}, None
        try:
            if self.number.strip():  # blank: Django's own "required" message is enough
                parsed = parse_document_number(self.number)
        except DocumentNumberError as error:
            errors["number"] = [str(error)]
        if parsed and parsed.year and self.issue_date and parsed.year != self.issue_date.year:
            errors["issue_date"] = [
                f"Năm trong số ký hiệu ({parsed.year}) khác năm ban hành ({self.issue_date.year}); "
                "vui lòng kiểm tra lại số ký hiệu hoặc ngày ban hành."
            ]
        if self.effective_date and self.expiry_date and self.expiry_date <= self.effective_date:
            errors["expiry_date"] = ["Ngày hết hiệu lực phải sau ngày có hiệu lực."]
        elif self.issue_date and self.expiry_date and self.expiry_date <= self.issue_date:
            errors["expiry_date"] = ["Ngày hết hiệu lực phải sau ngày ban hành."]
        if parsed and self.issue_date and self._duplicate().exists():
            errors.setdefault("number", []).append(
                f"Đã có văn bản số {self.number} ban hành năm {self.issue_date.year} trong sổ văn bản."
            )
        if errors:
            raise ValidationError(errors)

    def _apply_number(self):
        """Canonical number, its parts, and defaults for type and issuer; silent if it doesn't parse."""
        try:
            parsed = parse_document_number(self.number)
        except DocumentNumberError:
            return
        self.number = parsed.canonical
        self.number_value = parsed.number
        self.number_year = parsed.year
        self.type_code = parsed.type_code or ""
        self.issuer_code = parsed.issuer_code
        self.unit_code = parsed.unit_code or ""
        if not self.document_type:
            self.document_type = type_for_number(parsed)
        if self.issuer_id is None:
            self.issuer = IssuingBody.for_issuer_code(parsed.issuer_code)

    def _duplicate(self):
        same = LegalDocumentPage.objects.filter(number=self.number, issue_date__year=self.issue_date.year)
        return same.exclude(pk=self.pk) if self.pk else same

    # --- saving ---------------------------------------------------------------------------------------

    def refresh_derived(self):
        """Extract text from new or changed attachments, then rebuild the folded search copy."""
        for attachment in self.attachments.all():
            attachment.refresh_extraction()
        self.search_folded = fold(" ".join(self.search_text_parts(folded=True)).lower())

    def save(self, *args, **kwargs):
        self._apply_number()
        self.refresh_derived()
        return super().save(*args, **kwargs)

    def save_revision(self, *args, **kwargs):
        self._apply_number()
        self.refresh_derived()
        return super().save_revision(*args, **kwargs)

    # --- presentation ---------------------------------------------------------------------------------

    @property
    def type_label(self):
        return DocumentType(self.document_type).label if self.document_type else DocumentType.OTHER.label

    @property
    def issuer_name(self):
        return self.issuer.name if self.issuer_id and self.issuer else ""

    @property
    def reference(self):
        """How another document cites this one: "Thông tư số 36/2017/TT-BGDĐT ngày 28/12/2017"."""
        date = f" ngày {self.issue_date:%d/%m/%Y}" if self.issue_date else ""
        return f"{self.type_label} số {self.number}{date}"

    @property
    def search_date(self):
        return self.issue_date

    def search_text_parts(self, folded=False):
        parts = [self.title, f"{self.type_label} số {self.number}", self.abstract]
        if folded:  # "thong tu 36/2017/tt-bgddt" reads as a phrase too (the text above has "thong tu so ...")
            parts += [f"{self.type_label} {self.number}", self.issuer_name, self.signer]
        parts += [a.extracted_text for a in self.attachments.all() if a.extracted_text]
        return [part for part in parts if part]

    def get_search_text(self):
        """Title, then type and number, abstract and attachment texts, for the site-wide search index.

        Starts with the title, as ``portal.search.documents.page_body`` expects (it strips it from snippets).
        """
        return "\n".join(self.search_text_parts())

    def get_metadata(self):
        """Dublin Core: the số ký hiệu is the identifier, the issuing body the creator (TT 24/2011)."""
        return {
            **super().get_metadata(),
            "creator": self.issuer_name,
            "date": self.issue_date,
            "description": self.abstract or self.title,
            "identifier": self.number,
        }

    def get_structured_data(self, publisher):
        data = {
            "@type": "Legislation",
            "name": self.title,
            "legislationIdentifier": self.number,
            "legislationType": self.type_label,
            "legislationDate": self.issue_date,
            "inLanguage": "vi",
            "url": self.full_url,
            "publisher": publisher,
        }
        if self.issuer_name:
            data["legislationPassedBy"] = {"@type": "GovernmentOrganization", "name": self.issuer_name}
        if self.effective_date:
            data["legislationDateVersion"] = self.effective_date
        if self.abstract:
            data["abstract"] = self.abstract
        return data

    def status(self, today=None):
        return derive_status(today or queries.today(), **queries.status_inputs(self))

    def relation_lines(self):
        """The relation graph in words, outgoing then incoming, for the detail page."""
        lines = []
        for relation in self.relations.all():
            target = relation.target_page if relation.target_page_id else None
            lines.append(
                {
                    "label": relation.outgoing_label,
                    "text": relation.target_label,
                    "url": target.url if target is not None and target.live else "",
                    "title": target.title if target is not None else relation.target_title,
                }
            )
        for relation in queries.incoming_relations(self):
            lines.append(
                {
                    "label": INCOMING_LABELS[relation.relation_type],
                    "text": relation.page.reference,
                    "url": relation.page.url,
                    "title": relation.page.title,
                }
            )
        return lines

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        attachments = [a for a in self.attachments.all() if a.document_id]
        for attachment in attachments:
            saved = attachment.pk is not None and self.live and not getattr(request, "is_preview", False)
            attachment.downloads = attachment.download_count() if attachment.pk else 0
            attachment.download_url = self.attachment_url(attachment) if saved else ""
            attachment.view_url = self.attachment_url(attachment, view=True) if saved else ""
        context.update(
            attachments=attachments,
            preview=next((a for a in attachments if a.is_pdf and a.view_url), None),
            relation_lines=self.relation_lines(),
            status=self.status(),
        )
        return context

    # --- routes ---------------------------------------------------------------------------------------

    def attachment_url(self, attachment, view=False):
        return self.url + self.reverse_subpage("view_file" if view else "download", args=[attachment.pk])

    @path("tai-ve/<int:attachment_id>/", name="download")
    def download(self, request, attachment_id):
        return serve_attachment(request, self, attachment_id, count=True)

    @path("xem/<int:attachment_id>/", name="view_file")
    def view_file(self, request, attachment_id):
        return serve_attachment(request, self, attachment_id, count=False, preview=True)
