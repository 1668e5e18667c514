"""District documents reach every school: the projection into ``documents_public.DistrictDocument``.

How it works (letter III.3, issue item 4):

1. An editor of a DISTRICT portal publishes, unpublishes, moves, renames, restricts or deletes a
   ``LegalDocumentPage`` (or one of its ancestors).
2. ``tenants.projections`` (the one projection mechanism) collects the page ids, with the relation
   neighbours given by :func:`related_page_ids` (publishing 09/2024 changes the status of 36/2017, which
   it replaces), and once the transaction commits re-reads them in the district's schema as the public
   sees them (live, not view-restricted).
3. :func:`build_row` makes one public-schema row per page: metadata, status inputs, folded search text,
   and the URL *paths* of the detail page and of each download on the district's site; a page no longer
   public loses its row.
4. A school's document section lists these rows under "Văn bản của Phòng GD&ĐT" with the same filters,
   and links to the district's own host (``Portal.absolute_url``), so files are served (and counted) by
   the district and never copied into 55 schools.

``manage.py sync_projections`` rebuilds the rows from scratch.
"""

from django.db.models import Q

from documents import listing, queries
from documents.choices import DocumentField
from documents.models.document import LegalDocumentPage
from documents.status import derive_status
from tenants import projections
from tenants.models import Portal


def related_page_ids(page):
    """Pages whose status may change with ``page``: its targets and the pages acting on it."""
    ids = set(page.relations.exclude(target_page=None).values_list("target_page_id", flat=True))
    numbers = list(page.relations.filter(target_page=None).values_list("target_number", flat=True))
    if numbers:
        ids |= set(LegalDocumentPage.objects.filter(number__in=numbers).values_list("pk", flat=True))
    ids |= set(
        LegalDocumentPage.objects.filter(
            Q(relations__target_page=page.pk) | Q(relations__target_number=page.number)
        ).values_list("pk", flat=True)
    )
    ids.discard(page.pk)
    return ids


def build_row(page):
    _, _, path = page.get_url_parts() or (None, None, None)
    if path is None:
        return None
    attachments = [
        {
            "title": a.display_title,
            "path": path + page.reverse_subpage("download", args=[a.pk]),
            "extension": a.extension,
            "size": a.size_display,
            "is_pdf": a.is_pdf,
        }
        for a in page.attachments.select_related("document").order_by("sort_order")
        if a.document_id
    ]
    relations = {}
    for relation in page.relations.select_related("target_page"):
        number = relation.target_number or (relation.target_page.number if relation.target_page else "")
        relations.setdefault(relation.relation_type, []).append(number)
    return {
        "number": page.number,
        "number_value": page.number_value,
        "document_type": page.document_type,
        "type_label": page.type_label,
        "title": page.title[:255],
        "abstract": page.abstract,
        "issuer_name": page.issuer_name,
        "issuer_slug": page.issuer.slug if page.issuer_id else "",
        "field": page.field,
        "field_label": DocumentField(page.field).label if page.field else "",
        "signer": page.signer,
        "issue_date": page.issue_date,
        "effective_date": page.effective_date,
        "effective_from": page.effective_from,
        "expiry_date": page.expiry_date,
        "replaced_from": page.replaced_from,
        "amended_from": page.amended_from,
        "path": path,
        "attachments": attachments,
        "relations": relations,
        "search_folded": page.search_folded,
    }


DISTRICT_DOCUMENTS = projections.Projection(
    name="district_documents",
    page_models=("documents.LegalDocumentPage",),
    public_model="documents_public.DistrictDocument",
    build=build_row,
    identity=lambda page_id: {"source_page_id": page_id},
    portal_kinds=frozenset({Portal.Kind.DISTRICT}),
    prepare=lambda queryset: queries.annotate_status(queryset.select_related("issuer")),
    related=related_page_ids,
)


# --- reading, at a school --------------------------------------------------------------------------------


def district_documents():
    """Rows of every active district portal (one query; the portal and its domains are joined)."""
    return projections.visible(DISTRICT_DOCUMENTS.name).filter(portal__kind=Portal.Kind.DISTRICT)


def district_issuer_choices(queryset):
    return list(
        dict.fromkeys(
            queryset.exclude(issuer_slug="").order_by("issuer_name").values_list("issuer_slug", "issuer_name")
        )
    )


def district_items(queryset, request, today):
    hosts = {}
    items = []
    for row in queryset.prefetch_related("portal__domains"):
        if row.portal_id not in hosts:
            hosts[row.portal_id] = row.portal.base_url(request)
        host = hosts[row.portal_id]
        files = [dict(f, url=host + f["path"]) for f in row.attachments]
        items.append(
            listing.ListItem(
                title=row.title,
                url=host + row.path,
                number=row.number,
                type_label=row.type_label,
                issuer_name=row.issuer_name,
                field_label=row.field_label,
                signer=row.signer,
                issue_date=row.issue_date,
                effective_date=row.effective_date,
                expiry_date=row.expiry_date,
                status=derive_status(
                    today,
                    effective_from=row.effective_from,
                    expiry_date=row.expiry_date,
                    replaced_from=row.replaced_from,
                    amended_from=row.amended_from,
                ),
                abstract=row.abstract,
                files=files,
                relations=row.relations,
                source=row.portal.display_short_name,
            )
        )
    return items
