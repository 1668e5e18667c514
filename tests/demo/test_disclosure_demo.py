"""The disclosure seeder: a complete 2025-2026 year and a TT 36/2017 archive per school, one overdue item."""

import random

from django_tenants.utils import schema_context, tenant_context
from wagtail.models import Revision

from demo import disclosure as demo_disclosure
from demo.portals import SCHOOLS
from disclosure.deadlines import State
from disclosure.models import DisclosureItemPage, DisclosureYearPage
from portal.workdays.models import DayAdjustment
from tenants.models import PortalSnapshot


def test_complete_years_one_overdue_item_and_idempotent(school_a, school_b, portal_client, monkeypatch):
    # School A plays the demo's THCS that recorded a change of its fees and never published it.
    monkeypatch.setattr(demo_disclosure, "OVERDUE_SCHEMA", school_a.schema_name)
    for portal, demo in ((school_a, SCHOOLS[2]), (school_b, SCHOOLS[0])):
        with tenant_context(portal):
            demo_disclosure.seed_disclosure(portal, demo, random.Random(1))
            before = (Revision.objects.count(), DisclosureItemPage.objects.count())
            demo_disclosure.seed_disclosure(portal, demo, random.Random(2))
            assert (Revision.objects.count(), DisclosureItemPage.objects.count()) == before

    with tenant_context(school_b):
        years = {year.school_year: year for year in DisclosureYearPage.objects.all()}
        assert set(years) == {"2025-2026", "2023-2024"}
        assert years["2023-2024"].regulation == "tt36_2017"
        for year in years.values():
            statuses = year.statuses()
            assert statuses and all(status.page is not None for status in statuses)  # complete
            assert {status.state for status in statuses} == {State.ON_TIME}
        menu = DisclosureItemPage.objects.get(item_code="tt09-7-thuc-don")
        assert menu.entries.count() == 39 and menu.periods.count() == 39

    with tenant_context(school_a):
        statuses = {s.item.code: s for s in DisclosureYearPage.objects.get(school_year="2025-2026").statuses()}
        assert all(status.page is not None for status in statuses.values())
        fees = statuses["tt09-5-2"]
        assert fees.state == State.OVERDUE and fees.due.isoformat() == "2026-01-19"
        assert {s.state for code, s in statuses.items() if code != "tt09-5-2"} == {State.ON_TIME}

    with schema_context("public"):
        assert DayAdjustment.objects.filter(date="2026-01-02", kind=DayAdjustment.Kind.DAY_OFF).exists()
        snapshot = PortalSnapshot.objects.get(portal=school_a, key="disclosure").data
    assert snapshot["counts"]["overdue"] == 1 and snapshot["state"] == State.OVERDUE
    html = portal_client(school_a).get("/cong-khai/2025-2026/").content.decode()
    assert "Quá hạn chưa công khai" in html
