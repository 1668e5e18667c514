"""The organization seeder: believable content, valid chart and official e-mails, and idempotent."""

import random

from django_tenants.utils import tenant_context
from wagtail.models import Revision

from demo.organization import seed_organization
from demo.portals import DISTRICT, SCHOOLS
from portal.organization.models import OrganizationPage
from portal.organization.tree import tree_errors


def test_seeding_twice_changes_nothing(school_a, district):
    for portal, demo in ((school_a, SCHOOLS[2]), (district, DISTRICT)):
        with tenant_context(portal):
            seed_organization(portal, demo, random.Random(1))
            page = OrganizationPage.objects.get()
            state = (
                Revision.objects.count(),
                list(page.org_units.values_list("pk", "name", "parent_name")),
                list(page.leaders.values_list("pk", "email")),
            )
            seed_organization(portal, demo, random.Random(2))  # another shared rng: same content
            page = OrganizationPage.objects.get()
            assert (
                Revision.objects.count(),
                list(page.org_units.values_list("pk", "name", "parent_name")),
                list(page.leaders.values_list("pk", "email")),
            ) == state


def test_school_chart_and_leaders_look_real(school_a, portal_client):
    with tenant_context(school_a):
        seed_organization(school_a, SCHOOLS[2], random.Random(1))
        page = OrganizationPage.objects.get()
        units = list(page.org_units.values_list("name", "parent_name"))
        leaders = list(page.leaders.all())
    assert tree_errors(units) == []
    assert ("Ban Giám hiệu", "Hội đồng trường") in units and ("Tổ Toán - Tin", "Ban Giám hiệu") in units
    assert [leader.position for leader in leaders] == ["Hiệu trưởng", "Phó Hiệu trưởng", "Phó Hiệu trưởng"]
    assert leaders[0].full_name == "Phạm Thị Ngọc Lan"
    assert all(leader.email.endswith(".thcschuvanan@ptdm.edu.vn") for leader in leaders)
    html = portal_client(school_a).get("/gioi-thieu/").content.decode()
    assert "Thông tư số 32/2020/TT-BGDĐT" in html and 'class="org-tree"' in html
