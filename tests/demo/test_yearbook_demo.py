"""The yearbook seeder: five consistent school years per school, a snapshot, idempotent."""

import random

from django_tenants.utils import schema_context, tenant_context
from wagtail.models import Revision

from demo.portals import DISTRICT, SCHOOLS
from demo.yearbook import YEARS, seed_yearbook
from portal.yearbook.models import YearbookPage
from tenants.models import PortalSnapshot


def test_seeded_years_are_consistent_and_seeding_twice_changes_nothing(school_a, school_b, district):
    for portal, demo in ((school_a, SCHOOLS[2]), (school_b, SCHOOLS[0]), (district, DISTRICT)):
        with tenant_context(portal):
            seed_yearbook(portal, demo, random.Random(1))
            before = (Revision.objects.count(), list(YearbookPage.objects.get().rows.values_list()))
            seed_yearbook(portal, demo, random.Random(2))
            assert (Revision.objects.count(), list(YearbookPage.objects.get().rows.values_list())) == before
    with tenant_context(school_a):
        rows = list(YearbookPage.objects.get().rows.all())
    assert [row.school_year for row in rows] == YEARS
    for row in rows:
        grades = [row.students_g6, row.students_g7, row.students_g8, row.students_g9]
        assert sum(grades) == row.students and row.students_g1 is None
        assert 1.5 <= row.teachers / row.classes <= 2.2 and 35 <= row.students / row.classes <= 45
    with tenant_context(school_b):
        rows = list(YearbookPage.objects.get().rows.all())
    assert all(row.students_nt and row.students_mg5 and row.students_g1 is None for row in rows)
    with schema_context("public"):
        levels = dict(PortalSnapshot.objects.filter(key="yearbook").values_list("portal__schema_name", "data__level"))
    assert levels == {"thcschuvanantdm": "thcs", "mnhoasentdm": "mn"}
