"""``seed_demo`` builds the demo district and schools, and a second run changes nothing."""

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django_tenants.utils import schema_context, tenant_context
from wagtail.models import Page, Revision

from tenants.models import Portal


def snapshot():
    state = {}
    with schema_context("public"):
        portals = list(Portal.objects.exclude(kind=Portal.Kind.TEMPLATE).order_by("schema_name"))
    for portal in portals:
        with tenant_context(portal):
            state[portal.schema_name] = {
                "portal": (portal.name, portal.kind, portal.level, portal.primary_hostname),
                "pages": sorted(Page.objects.values_list("url_path", "title", "live")),
                "revisions": Revision.objects.count(),
                "users": sorted(get_user_model().objects.values_list("username", "is_superuser")),
            }
    return state


def test_seed_demo_is_idempotent(db):
    call_command("seed_demo")
    first = snapshot()
    call_command("seed_demo")
    assert snapshot() == first
    levels = {value["portal"][2] for value in first.values() if value["portal"][1] == "school"}
    assert {"mn", "th", "thcs"} <= levels
    assert first["tptdm"]["portal"][3] == "tptdm.edu.vn"
    with schema_context("public"):
        district = Portal.objects.get(schema_name="tptdm")
    with tenant_context(district):
        assert get_user_model().objects.filter(username="quanlytruong").exists()
