"""The public list: filters (type, issuing body, field, year, status) combined with a text query.

Two sources share one form and one set of rules: the portal's own documents (``LegalDocumentPage``) and,
at a school, the district's documents projected into the public schema (``DistrictDocument``). Both
expose the same filter columns (``document_type``, ``field``, ``issue_date``, ``search_folded`` and the
status inputs of ``documents.status``), so one function filters either.

The text query is diacritic-insensitive: it is folded and lower-cased (``portal.text.fold``) and matched
against ``search_folded``, which holds the folded type and number, trích yếu, summary, issuer, signer and
attachment texts. Phrase first: Vietnamese words are several syllables ("công khai", "thư điện tử"), so
syllables scattered over a document ("công" nghệ ... triển "khai") are a poor match; when the query as a
phrase finds documents, only those are listed, otherwise every syllable must occur somewhere.
``thong tu 36`` finds "Thông tư 36/2017/TT-BGDĐT"; ``hoà`` and ``hòa`` agree.
"""

from dataclasses import dataclass, field

from django import forms
from django.db.models import Prefetch

from documents import queries
from documents.choices import DocumentField, DocumentType
from documents.models.attachments import DocumentAttachment
from documents.models.document import LegalDocumentPage
from documents.status import Status, derive_status, status_q
from portal.text import fold, nfc

SOURCE_OWN = "don-vi"
SOURCE_DISTRICT = "phong"
MAX_TERMS = 12
PER_PAGE = 20


def query_terms(text):
    return fold(nfc(text or "")).lower().split()[:MAX_TERMS]


class FilterForm(forms.Form):
    q = forms.CharField(
        label="Từ khóa",
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search", "placeholder": "Số ký hiệu, trích yếu, nội dung"}),
    )
    loai = forms.ChoiceField(label="Hình thức", required=False)
    co_quan = forms.ChoiceField(label="Cơ quan ban hành", required=False)
    linh_vuc = forms.ChoiceField(label="Lĩnh vực", required=False)
    nam = forms.TypedChoiceField(label="Năm ban hành", required=False, coerce=int, empty_value=None)
    hieu_luc = forms.ChoiceField(label="Hiệu lực", required=False)
    nguon = forms.ChoiceField(
        label="Nguồn",
        required=False,
        choices=[(SOURCE_OWN, "Văn bản của đơn vị"), (SOURCE_DISTRICT, "Văn bản của Phòng GD&ĐT")],
    )

    def __init__(self, data=None, *, issuers=(), years=(), **kwargs):
        super().__init__(data, **kwargs)
        everything = [("", "Tất cả")]
        self.fields["loai"].choices = everything + list(DocumentType.choices)
        self.fields["co_quan"].choices = everything + list(issuers)
        self.fields["linh_vuc"].choices = everything + list(DocumentField.choices)
        self.fields["nam"].choices = everything + [(year, str(year)) for year in years]
        self.fields["hieu_luc"].choices = everything + list(Status.choices)

    def filters(self):
        """Cleaned filters; invalid values (a stale link) are dropped rather than failing the page."""
        self.is_valid()
        return {name: value for name, value in getattr(self, "cleaned_data", {}).items() if value not in ("", None)}


def apply_filters(queryset, filters, *, issuer_lookup, today):
    if filters.get("loai"):
        queryset = queryset.filter(document_type=filters["loai"])
    if filters.get("co_quan"):
        queryset = queryset.filter(**{issuer_lookup: filters["co_quan"]})
    if filters.get("linh_vuc"):
        queryset = queryset.filter(field=filters["linh_vuc"])
    if filters.get("nam"):
        queryset = queryset.filter(issue_date__year=filters["nam"])
    if filters.get("hieu_luc"):
        queryset = queryset.filter(status_q(filters["hieu_luc"], today))
    terms = query_terms(filters.get("q"))
    if len(terms) > 1:
        phrase = queryset.filter(search_folded__contains=" ".join(terms))
        if phrase.exists():
            return phrase
    for term in terms:
        queryset = queryset.filter(search_folded__contains=term)
    return queryset


@dataclass
class ListItem:
    """One row of the list or of the export, whatever its source."""

    title: str
    url: str
    number: str
    type_label: str
    issuer_name: str
    field_label: str
    signer: str
    issue_date: object
    effective_date: object
    expiry_date: object
    status: Status
    abstract: str = ""
    files: list = field(default_factory=list)  # dicts: title, url, extension, size, is_pdf
    relations: dict = field(default_factory=dict)  # relation type -> list of numbers (export)
    source: str = ""

    @property
    def status_label(self):
        return Status(self.status).label


# --- own documents -------------------------------------------------------------------------------------


def own_documents(index):
    """Live, public documents under ``index``, annotated with their status inputs."""
    return queries.annotate_status(
        LegalDocumentPage.objects.live().public().descendant_of(index).select_related("issuer")
    )


def own_issuer_choices(queryset):
    rows = queryset.filter(issuer__isnull=False).order_by("issuer__sort_order", "issuer__name")
    return list(dict.fromkeys(rows.values_list("issuer__slug", "issuer__name")))


def year_choices(queryset):
    return sorted({d.year for d in queryset.values_list("issue_date", flat=True) if d}, reverse=True)


def own_items(queryset, today):
    attachments = DocumentAttachment.objects.select_related("document").order_by("sort_order")
    items = []
    for page in queryset.prefetch_related(Prefetch("attachments", queryset=attachments), "relations"):
        files = [
            {
                "title": a.display_title,
                "url": page.attachment_url(a),
                "extension": a.extension,
                "size": a.size_display,
                "is_pdf": a.is_pdf,
            }
            for a in page.attachments.all()
            if a.document_id
        ]
        relations = {}
        for relation in page.relations.all():
            number = relation.target_number or (relation.target_page.number if relation.target_page else "")
            relations.setdefault(relation.relation_type, []).append(number)
        items.append(
            ListItem(
                title=page.title,
                url=page.url,
                number=page.number,
                type_label=page.type_label,
                issuer_name=page.issuer_name,
                field_label=DocumentField(page.field).label,
                signer=page.signer,
                issue_date=page.issue_date,
                effective_date=page.effective_date,
                expiry_date=page.expiry_date,
                status=derive_status(
                    today,
                    effective_from=page.effective_from,
                    expiry_date=page.expiry_date,
                    replaced_from=page.replaced_from,
                    amended_from=page.amended_from,
                ),
                abstract=page.abstract,
                files=files,
                relations=relations,
            )
        )
    return items


def ordered(queryset):
    return queryset.order_by("-issue_date", "-number_value", "-pk")
