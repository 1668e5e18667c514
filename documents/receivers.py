"""Signal receivers: relations kept readable on delete, default issuers.

The district projection is declared in ``documents.projection`` and driven by ``tenants.projections``.
Wagtail signals: https://docs.wagtail.org/en/stable/reference/signals.html
"""

from django.db.models.signals import pre_delete
from django.dispatch import receiver

from documents.models import DocumentRelation, LegalDocumentPage
from documents.models.issuers import ensure_default_issuers
from tenants.models import Portal
from tenants.signals import portal_provisioned, scaffold_portal


@receiver(pre_delete, sender=LegalDocumentPage)
def before_document_deleted(sender, instance, **kwargs):
    """Relations pointing at the page keep its number."""
    DocumentRelation.objects.filter(target_page=instance.pk).update(
        target_page=None,
        target_number=instance.number,
        target_date=instance.issue_date,
        target_title=instance.title[:500],
    )


@receiver(scaffold_portal)
def scaffold_issuers(sender, portal, **kwargs):
    ensure_default_issuers()


@receiver(portal_provisioned)
def own_unit_as_issuer(sender, portal, **kwargs):
    """The portal's own unit issues documents too (its plans, rules, công văn)."""
    code = "PGDĐT" if portal.kind == Portal.Kind.DISTRICT else ""
    ensure_default_issuers(extra=[(portal.name, code, 90)])
