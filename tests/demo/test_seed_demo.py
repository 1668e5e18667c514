"""``seed_demo`` builds the demo district and schools, and a second run changes nothing.

The whole demo (five portals, seeded in parallel) is built by every browser-test run
(``tests/e2e/server.py``); here one school is seeded twice with ``--only``,
the same code path each parallel worker runs, which keeps this test a fraction of a full seed.
"""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django_tenants.utils import schema_context, tenant_context
from wagtail.models import Page, Revision

from demo.management.commands.seed_demo import demo_schema, ensure_accounts
from demo.portals import DISTRICT, SCHOOLS
from tenants.models import Portal


def snapshot(schemas):
    state = {}
    with schema_context("public"):
        portals = list(Portal.objects.filter(schema_name__in=schemas).order_by("schema_name"))
    for portal in portals:
        with tenant_context(portal):
            state[portal.schema_name] = {
                "portal": (portal.name, portal.kind, portal.level, portal.primary_hostname),
                "pages": sorted(Page.objects.values_list("url_path", "title", "live")),
                "revisions": Revision.objects.count(),
                "users": sorted(get_user_model().objects.values_list("username", "is_superuser")),
            }
    return state


def test_demo_has_a_school_of_every_level_on_official_domains():
    assert {school.level for school in SCHOOLS} >= {"mn", "th", "thcs"}
    schemas = [demo_schema(demo) for demo in [DISTRICT, *SCHOOLS]]
    assert len(set(schemas)) == len(schemas)
    assert DISTRICT.domain == "tptdm.edu.vn"


def test_seed_demo_is_idempotent(db):
    school = next(demo for demo in SCHOOLS if demo.level == "mn")
    schemas = [demo_schema(school)]
    for schema in schemas:
        call_command("seed_demo", only=schema)
    first = snapshot(schemas)
    for schema in schemas:
        call_command("seed_demo", only=schema)
    assert snapshot(schemas) == first
    assert set(first) == set(schemas)
    assert first[demo_schema(school)]["portal"][1:3] == ("school", "mn")
    assert len(first[demo_schema(school)]["pages"]) > 20


def test_the_districts_demo_accounts_include_the_school_manager(district):
    with tenant_context(district):
        ensure_accounts(district)
        assert get_user_model().objects.filter(username="quanlytruong", groups__isnull=False).exists()


def test_seed_demo_refuses_an_unknown_portal(db):
    with pytest.raises(CommandError, match="Không có cổng mẫu"):
        call_command("seed_demo", only="khongco")
