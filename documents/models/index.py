"""The document section of a portal ("Văn bản chỉ đạo, quy định"): list, filters, search, export.

Claims the mandated section key ``van-ban`` (``documents.apps``), so the scaffold puts one in every new
portal. At a school the list has a second source, "Văn bản của Phòng GD&ĐT": the district's documents
projected into the public schema (``documents.projection``), linked to the district's own site.
"""

from django.core.paginator import Paginator
from django.http import HttpResponse
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField

from documents import listing, projection, queries
from documents.exporting import export_filename, export_items
from portal.core.models import BasePage, MandatedSectionMixin


class DocumentIndexPage(RoutablePageMixin, MandatedSectionMixin, BasePage):
    intro = RichTextField("giới thiệu chuyên mục", blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["core.HomePage"]
    subpage_types = ["documents.LegalDocumentPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "sổ văn bản (chuyên mục văn bản)"
        verbose_name_plural = "sổ văn bản"

    def shows_district_documents(self, request):
        tenant = getattr(request, "tenant", None)
        return bool(tenant is not None and tenant.is_school)

    def listing(self, request):
        """(form, filters, source, queryset, items builder) for the current GET parameters."""
        district_tab = self.shows_district_documents(request)
        source = (
            listing.SOURCE_DISTRICT
            if district_tab and request.GET.get("nguon") == listing.SOURCE_DISTRICT
            else listing.SOURCE_OWN
        )
        today = queries.today()
        if source == listing.SOURCE_DISTRICT:
            base = projection.district_documents()
            issuers = projection.district_issuer_choices(base)
            issuer_lookup = "issuer_slug"

            def build(rows):
                return projection.district_items(rows, request, today)
        else:
            base = listing.own_documents(self)
            issuers = listing.own_issuer_choices(base)
            issuer_lookup = "issuer__slug"

            def build(rows):
                return listing.own_items(rows, today)

        form = listing.FilterForm(request.GET or None, issuers=issuers, years=listing.year_choices(base))
        filters = form.filters()
        rows = listing.ordered(listing.apply_filters(base, filters, issuer_lookup=issuer_lookup, today=today))
        return form, filters, source, rows, build

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form, filters, source, rows, build = self.listing(request)
        paginator = Paginator(rows, listing.PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("trang"))
        params = request.GET.copy()
        params.pop("trang", None)
        tab_params = params.copy()
        tab_params.pop("nguon", None)
        context.update(
            form=form,
            filtered=bool(set(filters) - {"nguon"}),
            source=source,
            district_tab=self.shows_district_documents(request),
            items=build(page_obj.object_list),
            page_obj=page_obj,
            querystring=params.urlencode(),
            tab_querystring=tab_params.urlencode(),
            export_url=self.url + self.reverse_subpage("export") + (f"?{params.urlencode()}" if params else ""),
        )
        return context

    @path("xuat-excel/", name="export")
    def export(self, request):
        """The filtered list as an XLSX file (same filters as the page, every row, no pagination)."""
        _, _, source, rows, build = self.listing(request)
        data = export_items(build(rows[:5000]), request=request)
        response = HttpResponse(data, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        response["Content-Disposition"] = f'attachment; filename="{export_filename(source)}"'
        response["X-Content-Type-Options"] = "nosniff"
        return response
