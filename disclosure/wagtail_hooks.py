"""Admin and portal wiring of the disclosure: section claim, file owners, retention, dashboard, worker."""

from django.contrib import messages
from django.db.models import Q
from django.shortcuts import redirect
from django.utils import timezone
from django_tenants.utils import schema_context
from wagtail import hooks

from disclosure.dashboard import DisclosureDuePanel, due_rows
from disclosure.models import DisclosureItemPage
from disclosure.projection import COMPLIANCE, SNAPSHOT_KEY
from disclosure.retention import message, retained_items
from portal.core.hooks import DOCUMENT_PAGES, PERIODIC_TASK, PORTAL_SECTION, PeriodicTask
from tenants import projections
from tenants.models import Portal, PortalSnapshot

REFRESH_SECONDS = 3600


@hooks.register(PORTAL_SECTION)
def claim_disclosure_section():
    return {"cong-khai": "disclosure.DisclosureIndexPage"}


@hooks.register(DOCUMENT_PAGES)
def disclosure_documents(document):
    """Items publishing ``document`` (attachment or a period's file): portal.core.privacy applies their state."""
    return list(
        DisclosureItemPage.objects.filter(Q(attachments__document=document) | Q(entries__document=document)).distinct()
    )


@hooks.register("before_delete_page")
def refuse_deleting_retained(request, page):
    retained = retained_items([page])
    if retained:
        messages.error(request, message(retained))
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return None


@hooks.register("before_unpublish_page")
def refuse_unpublishing_retained(request, page):
    retained = [item for item in retained_items([page]) if item.live]
    if retained:
        messages.error(request, message(retained))
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_removing_retained(request, action_type, objects, action_class_instance):
    if action_type in ("delete", "unpublish"):
        retained = retained_items(objects)
        if retained:
            messages.error(request, message(retained))
            return redirect("wagtailadmin_home")
    return None


@hooks.register("construct_homepage_panels")
def add_due_panel(request, panels):
    tenant = getattr(request, "tenant", None)
    if tenant is None or not tenant.is_school:
        return
    rows = due_rows()
    if rows:
        panels.append(DisclosureDuePanel(rows))


def refresh_stale_snapshots():
    """Worker task: states change with the date; rebuild every school's snapshot not computed today."""
    today = timezone.localdate().isoformat()
    with schema_context("public"):
        fresh = set(
            PortalSnapshot.objects.filter(key=SNAPSHOT_KEY, data__computed_on=today).values_list("portal_id", flat=True)
        )
        portals = [p for p in Portal.objects.filter(is_active=True, kind=Portal.Kind.SCHOOL) if p.pk not in fresh]
    rebuilt = {}
    for portal in portals:
        rebuilt[portal.schema_name] = projections.rebuild(portal, names={COMPLIANCE.name}).get(COMPLIANCE.name, 0)
    return rebuilt


@hooks.register(PERIODIC_TASK)
def disclosure_refresh():
    return [PeriodicTask("disclosure.refresh_compliance", REFRESH_SECONDS, refresh_stale_snapshots)]
