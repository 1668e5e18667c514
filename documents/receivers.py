"""Signal receivers: the district projection, relations kept readable on delete, default issuers.

Wagtail signals: https://docs.wagtail.org/en/stable/reference/signals.html
"""

from django.db.models.signals import pre_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from documents import projection
from documents.models import DocumentIndexPage, DocumentRelation, LegalDocumentPage
from documents.models.issuers import ensure_default_issuers
from tenants.models import Portal
from tenants.signals import portal_provisioned, scaffold_portal


@receiver(page_published, sender=LegalDocumentPage)
@receiver(page_unpublished, sender=LegalDocumentPage)
def project_district_document(sender, instance, **kwargs):
    if projection.current_district() is not None:
        projection.refresh_after_commit({instance.pk, *projection.related_page_ids(instance)})


@receiver(pre_delete, sender=LegalDocumentPage)
def before_document_deleted(sender, instance, **kwargs):
    """Relations pointing at the page keep its number; the district projection drops the row."""
    if projection.current_district() is not None:
        projection.refresh_after_commit({instance.pk, *projection.related_page_ids(instance)})
    DocumentRelation.objects.filter(target_page=instance.pk).update(
        target_page=None,
        target_number=instance.number,
        target_date=instance.issue_date,
        target_title=instance.title[:500],
    )


@receiver(post_page_move)
def document_moved(sender, instance, **kwargs):
    if projection.current_district() is None:
        return
    specific = instance.specific_class
    if specific is LegalDocumentPage:
        projection.refresh_after_commit({instance.pk})
    elif specific is DocumentIndexPage:
        projection.refresh_after_commit(
            set(LegalDocumentPage.objects.descendant_of(instance).values_list("pk", flat=True))
        )


@receiver(page_published, sender=DocumentIndexPage)
def index_published(sender, instance, **kwargs):
    """A renamed section (new slug) changes every document's path."""
    if projection.current_district() is not None:
        projection.refresh_after_commit(
            set(LegalDocumentPage.objects.descendant_of(instance).values_list("pk", flat=True))
        )


@receiver(scaffold_portal)
def scaffold_issuers(sender, portal, **kwargs):
    ensure_default_issuers()


@receiver(portal_provisioned)
def own_unit_as_issuer(sender, portal, **kwargs):
    """The portal's own unit issues documents too (its plans, rules, công văn)."""
    code = "PGDĐT" if portal.kind == Portal.Kind.DISTRICT else ""
    ensure_default_issuers(extra=[(portal.name, code, 90)])
