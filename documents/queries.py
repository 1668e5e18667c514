"""Queries over the registry: relations in both directions and the inputs of the derived status.

Why here and not on the models: the list, the detail page, the export and the district projection all
need the same definitions (which documents act on this one, from which date), and they must agree with
``documents.status`` to the day.
"""

from django.db.models import DateField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from documents.models.relations import DocumentRelation, RelationType


def today():
    """Today in the portal's time zone (Asia/Ho_Chi_Minh), not the server's UTC date."""
    return timezone.localdate()


def incoming_relations(page):
    """Live documents' relations that point at ``page``: by page, or by the same number (and date if given)."""
    if page.pk is None:
        return DocumentRelation.objects.none()
    by_number = Q(target_page__isnull=True, target_number=page.number) & (
        Q(target_date__isnull=True) | Q(target_date=page.issue_date)
    )
    return (
        DocumentRelation.objects.filter(page__live=True)
        .filter(Q(target_page=page.pk) | by_number)
        .exclude(page=page.pk)
        .select_related("page")
        .order_by("page__issue_date", "pk")
    )


def _earliest_start(relation_type):
    """Subquery: the earliest date a live document of this relation type takes effect on the outer row."""
    by_number = Q(target_page__isnull=True, target_number=OuterRef("number")) & (
        Q(target_date__isnull=True) | Q(target_date=OuterRef("issue_date"))
    )
    return Subquery(
        DocumentRelation.objects.filter(relation_type=relation_type, page__live=True)
        .filter(Q(target_page=OuterRef("pk")) | by_number)
        .exclude(page=OuterRef("pk"))
        .annotate(start=Coalesce("page__effective_date", "page__issue_date"))
        .order_by("start")
        .values("start")[:1],
        output_field=DateField(),
    )


def annotate_status(queryset):
    """Annotate ``effective_from``, ``replaced_from`` and ``amended_from`` (``expiry_date`` is a column)."""
    return queryset.annotate(
        effective_from=Coalesce("effective_date", "issue_date"),
        replaced_from=_earliest_start(RelationType.REPLACES),
        amended_from=_earliest_start(RelationType.AMENDS),
    )


def status_inputs(page):
    """The status inputs of one page (works on an unsaved preview too)."""
    starts = {RelationType.REPLACES: None, RelationType.AMENDS: None}
    for relation in incoming_relations(page):
        if relation.relation_type in starts:
            start = relation.page.effective_date or relation.page.issue_date
            current = starts[relation.relation_type]
            starts[relation.relation_type] = start if current is None else min(current, start)
    return {
        "effective_from": page.effective_date or page.issue_date,
        "expiry_date": page.expiry_date,
        "replaced_from": starts[RelationType.REPLACES],
        "amended_from": starts[RelationType.AMENDS],
    }
