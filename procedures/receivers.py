"""Scaffolding receivers: the procedures every portal starts with, and their forms in each portal."""

from django.dispatch import receiver

from procedures.scaffold import ensure_form_files, ensure_services, link_legal_bases
from tenants.models import Portal
from tenants.signals import portal_provisioned, scaffold_portal


@receiver(scaffold_portal, dispatch_uid="procedures_scaffold")
def scaffold_procedures(sender, portal, **kwargs):
    ensure_services()
    if portal.kind != Portal.Kind.TEMPLATE:
        ensure_form_files(portal)
        link_legal_bases()


@receiver(portal_provisioned, dispatch_uid="procedures_provisioned")
def procedures_forms(sender, portal, **kwargs):
    ensure_form_files(portal)
    link_legal_bases()
