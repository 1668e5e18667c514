"""Provisioning portals by cloning a migrated template schema.

Why clone: running every migration for a new schema took ~6 s here, cloning
the template well under a second (``make bench``; see tenants.cloning for why
we do not use django-tenants' CloneSchema). The template is itself a tenant row of
kind ``template`` with no domain, so ``migrate_schemas`` keeps it current and no
request can ever reach it. Cloning copies ``django_migrations`` too, so a clone
is fully migrated with nothing to run.

Everything happens in one transaction: PostgreSQL DDL is transactional, so a
failure anywhere leaves neither a tenant row nor a half-made schema.
"""

import logging
from contextlib import contextmanager

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django_tenants.utils import schema_context, schema_exists, tenant_context
from wagtail.log_actions import LogContext

from portal.text import nfc
from tenants import stamps
from tenants.cloning import clone_schema
from tenants.models import Domain, Portal
from tenants.naming import (
    schema_name_for_domain,
    suggest_school_domain,
    validate_hostname,
    validate_schema_name,
    validate_school_domain,
)
from tenants.signals import portal_provisioned, scaffold_portal

logger = logging.getLogger(__name__)


@contextmanager
def inside_portal(portal):
    """Work in a portal's schema as the system, not as the requesting user.

    A district officer's request creates log entries and revisions in a school's
    schema, where the officer's user id does not exist (users are per portal).
    """
    with tenant_context(portal), LogContext(user=None):
        yield


def template_schema_name():
    return settings.PORTAL_TEMPLATE_SCHEMA


def ensure_template(verbosity=0):
    """Create (by migrations) and scaffold the template schema if needed; return its row."""
    with schema_context("public"):
        template, _ = Portal.objects.get_or_create(
            schema_name=template_schema_name(),
            defaults={"kind": Portal.Kind.TEMPLATE, "name": "Lược đồ mẫu cho cổng thông tin mới"},
        )
        if not schema_exists(template.schema_name):
            template.create_schema(check_if_exists=True, verbosity=verbosity)
    scaffold(template)
    return template


def scaffold(portal):
    """Run every scaffold receiver inside the portal's schema (idempotent)."""
    with inside_portal(portal), transaction.atomic():
        scaffold_portal.send(sender=Portal, portal=portal)


def validate_new_portal(*, name, kind, domain, schema_name, level=""):
    """All checks before anything is written; raises ValidationError with Vietnamese messages."""
    errors = {}
    if not nfc(name or "").strip():
        errors["name"] = ["Vui lòng nhập tên đầy đủ của đơn vị."]
    try:
        if kind == Portal.Kind.SCHOOL:
            validate_school_domain(domain)
        else:
            validate_hostname(domain)
    except ValidationError as error:
        errors["domain"] = error.messages
    try:
        validate_schema_name(schema_name)
    except ValidationError as error:
        errors["schema_name"] = error.messages
    if kind == Portal.Kind.SCHOOL and level not in Portal.Level.values:
        errors["level"] = ["Vui lòng chọn cấp học của trường."]
    with schema_context("public"):
        if domain and Domain.objects.filter(domain=domain).exists():
            errors.setdefault("domain", []).append(f"Tên miền “{domain}” đã được dùng cho một cổng khác.")
        if schema_name and Portal.objects.filter(schema_name__iexact=schema_name).exists():
            errors.setdefault("schema_name", []).append(f"Tên lược đồ “{schema_name}” đã tồn tại.")
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def provision_portal(
    name,
    *,
    kind=Portal.Kind.SCHOOL,
    level="",
    ownership=Portal.Ownership.PUBLIC,
    domain=None,
    schema_name=None,
    **fields,
):
    """Create a portal row, clone the template into its schema, and adapt the clone.

    Returns the saved ``Portal``. Raises ``ValidationError`` before writing
    anything when a name, domain or schema is invalid or taken.
    """
    name = nfc(name or "").strip()
    if kind == Portal.Kind.SCHOOL and not domain:
        domain = suggest_school_domain(name)
    domain = (domain or "").strip()
    schema_name = schema_name or schema_name_for_domain(domain)
    validate_new_portal(name=name, kind=kind, domain=domain, schema_name=schema_name, level=level)

    with schema_context("public"):
        template = Portal.objects.get(schema_name=template_schema_name())
        portal = Portal(schema_name=schema_name, name=name, kind=kind, level=level, ownership=ownership, **fields)
        portal.save()
        clone_schema(template.schema_name, schema_name)
        Domain.objects.create(domain=domain, tenant=portal, is_primary=True)
        Domain.objects.create(domain=portal.dev_hostname, tenant=portal, is_primary=False)
    with inside_portal(portal):
        portal_provisioned.send(sender=Portal, portal=portal)
    logger.info("Provisioned portal %s (%s)", portal.schema_name, domain)
    return portal


@transaction.atomic
def change_primary_domain(portal, new_domain):
    """Give a portal a new official domain; the old one stays as a redirecting alias."""
    new_domain = new_domain.strip()
    if portal.is_school:
        validate_school_domain(new_domain)
    else:
        validate_hostname(new_domain)
    with schema_context("public"):
        existing = Domain.objects.filter(domain=new_domain).first()
        if existing and existing.tenant_id != portal.pk:
            raise ValidationError({"domain": [f"Tên miền “{new_domain}” đã được dùng cho một cổng khác."]})
        Domain.objects.filter(tenant=portal, is_primary=True).exclude(domain=new_domain).update(is_primary=False)
        if existing:
            existing.is_primary = True
            existing.save()
        else:
            Domain.objects.create(domain=new_domain, tenant=portal, is_primary=True)
    refresh_portal(portal)


def refresh_portal(portal):
    """Push a portal's registry data (name, contacts, domain) into its own schema."""
    getattr(portal, "_prefetched_objects_cache", {}).pop("domains", None)
    with inside_portal(portal):
        portal_provisioned.send(sender=Portal, portal=portal)


def set_active(portal, active):
    """Deactivate (or reactivate) a portal: its hosts answer 503 while inactive; nothing is deleted."""
    with schema_context("public"):
        Portal.objects.filter(pk=portal.pk).update(is_active=active)
    stamps.bump(stamps.REGISTRY, stamps.ALL)  # an update() sends no signal: every worker re-reads the registry
    portal.is_active = active
