"""District documents reach every school: the projection into ``documents_public.DistrictDocument``.

How it works (letter III.3, issue item 4):

1. An editor of a DISTRICT portal publishes, unpublishes, moves or deletes a ``LegalDocumentPage``.
2. ``documents.receivers`` collects the page id and its relation neighbours (publishing 09/2024 changes the
   status of 36/2017, which it replaces) and, once the transaction commits, calls :func:`refresh` in the
   district's schema.
3. :func:`refresh` re-reads each page as the public sees it (live, not view-restricted), and writes one
   public-schema row per page: metadata, status inputs, folded search text, and the URL *paths* of the
   detail page and of each download on the district's site; a page no longer public loses its row.
4. A school's document section lists these rows under "Văn bản của Phòng GD&ĐT" with the same filters,
   and links to the district's own host (``Portal.public_url``), so files are served (and counted) by
   the district and never copied into 55 schools.

``sync_portal`` rebuilds a district's rows from scratch (``manage.py sync_district_documents``).
"""

import logging

from django.db import connection, transaction
from django.db.models import Q
from django_tenants.utils import schema_context, tenant_context

from documents import listing, queries
from documents.choices import DocumentField
from documents.models import LegalDocumentPage
from documents.status import derive_status
from documents_public.models import DistrictDocument
from tenants.models import Portal

logger = logging.getLogger(__name__)


def current_district():
    tenant = getattr(connection, "tenant", None)
    return tenant if isinstance(tenant, Portal) and tenant.kind == Portal.Kind.DISTRICT else None


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


def _row_values(page, portal):
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


def refresh(page_ids, portal=None):
    """Write or withdraw the rows of ``page_ids`` (run inside the district's schema)."""
    portal = portal or current_district()
    if portal is None or not page_ids:
        return
    pages = {
        page.pk: page
        for page in queries.annotate_status(
            LegalDocumentPage.objects.live().public().filter(pk__in=page_ids).select_related("issuer")
        )
    }
    values = {pk: _row_values(page, portal) for pk, page in pages.items()}
    with schema_context("public"):
        for pk in page_ids:
            if values.get(pk) is None:
                DistrictDocument.objects.filter(portal=portal, source_page_id=pk).delete()
            else:
                DistrictDocument.objects.update_or_create(portal=portal, source_page_id=pk, defaults=values[pk])


def refresh_after_commit(page_ids):
    """Schedule :func:`refresh` for when the current transaction commits, in this district's schema."""
    portal = current_district()
    if portal is None or not page_ids:
        return
    page_ids = set(page_ids)

    def run():
        with tenant_context(portal):
            refresh(page_ids, portal)

    transaction.on_commit(run)


def sync_portal(portal):
    """Rebuild every row of one district (inside no particular schema); returns the number of rows."""
    with tenant_context(portal):
        ids = list(LegalDocumentPage.objects.live().public().values_list("pk", flat=True))
        refresh(set(ids), portal)
    with schema_context("public"):
        DistrictDocument.objects.filter(portal=portal).exclude(source_page_id__in=ids).delete()
    return len(ids)


# --- reading, at a school --------------------------------------------------------------------------------


def district_documents():
    """Rows of every active district portal (one query; the portal and its domains are joined)."""
    return DistrictDocument.objects.filter(portal__kind=Portal.Kind.DISTRICT, portal__is_active=True).select_related(
        "portal"
    )


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
            hosts[row.portal_id] = row.portal.public_url(request).rstrip("/")
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
