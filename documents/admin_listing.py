"""The register in the admin ("Sổ văn bản"): every document with its số ký hiệu, dates and status.

Why: Wagtail's page explorer lists a section's children by title only, and a document's title is its
trích yếu; a secretary looks documents up by number and date, and needs to see which are drafts, which
await approval and which are no longer in force. Wagtail's ``PageListingViewSet`` (a flat listing of
one page type, with sortable columns and a filter panel) gives that without touching the explorer.
https://docs.wagtail.org/en/stable/extending/generic_views.html#custom-flat-page-listings
"""

import django_filters
from django import forms
from wagtail.admin.filters import DateRangePickerWidget
from wagtail.admin.ui.tables import Column
from wagtail.admin.ui.tables.pages import PageStatusColumn, PageTitleColumn
from wagtail.admin.views.pages.listing import IndexView, PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet

from documents import queries
from documents.choices import DocumentField, DocumentType
from documents.models import IssuingBody, LegalDocumentPage
from documents.status import Status, derive_status, status_q


class DayColumn(Column):
    """A date as dd/mm/yyyy (Wagtail's ``DateColumn`` shows "3 tháng trước")."""

    def get_value(self, instance):
        value = super().get_value(instance)
        return value.strftime("%d/%m/%Y") if value else "—"


def legal_status(page):
    """The derived status from the annotated inputs (``queries.annotate_status``) when present."""
    if hasattr(page, "replaced_from"):
        inputs = {
            "effective_from": page.effective_date or page.issue_date,
            "expiry_date": page.expiry_date,
            "replaced_from": page.replaced_from,
            "amended_from": page.amended_from,
        }
        return Status(derive_status(queries.today(), **inputs)).label
    return Status(page.status()).label


class LegalStatusFilter(django_filters.ChoiceFilter):
    def filter(self, qs, value):
        if not value:
            return qs
        return queries.annotate_status(qs).filter(status_q(value, queries.today()))


class LegalDocumentFilterSet(PageFilterSet):
    number = django_filters.CharFilter(label="Số ký hiệu", lookup_expr="icontains")
    document_type = django_filters.ChoiceFilter(label="Hình thức văn bản", choices=DocumentType.choices)
    issuer = django_filters.ModelChoiceFilter(label="Cơ quan ban hành", queryset=IssuingBody.objects.all())
    field = django_filters.ChoiceFilter(label="Lĩnh vực", choices=DocumentField.choices)
    issue_date = django_filters.DateFromToRangeFilter(label="Ngày ban hành", widget=DateRangePickerWidget)
    legal_status = LegalStatusFilter(label="Tình trạng hiệu lực", choices=Status.choices)
    live = django_filters.BooleanFilter(
        label="Xuất bản",
        widget=forms.RadioSelect(choices=[("", "Tất cả"), ("true", "Đã xuất bản"), ("false", "Chưa xuất bản")]),
    )

    class Meta:
        model = LegalDocumentPage
        fields = []


class LegalDocumentIndexView(IndexView):
    default_ordering = "-issue_date"

    def get_base_queryset(self):
        return queries.annotate_status(super().get_base_queryset())


class LegalDocumentListingViewSet(PageListingViewSet):
    model = LegalDocumentPage
    index_view_class = LegalDocumentIndexView
    icon = "doc-full-inverse"
    menu_label = "Sổ văn bản"
    menu_order = 305
    add_to_admin_menu = True
    filterset_class = LegalDocumentFilterSet
    columns = [
        Column("number", label="Số ký hiệu", sort_key="number", width="14%"),
        PageTitleColumn("title", label="Trích yếu", sort_key="title", classname="title"),
        DayColumn("issue_date", label="Ngày ban hành", sort_key="issue_date", width="11%"),
        DayColumn(
            "effective_date",
            label="Ngày có hiệu lực",
            accessor=lambda page: page.effective_date or page.issue_date,
            sort_key="effective_date",
            width="11%",
        ),
        Column("legal_status", label="Tình trạng hiệu lực", accessor=legal_status, width="13%"),
        PageStatusColumn("status", label="Xuất bản", sort_key="live", width="12%"),
    ]
