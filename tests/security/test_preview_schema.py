"""Hole 3: a school admin could make previews run in another portal's schema by editing its Site.

Wagtail renders previews through a dummy request whose host comes from the page's Site, and the tenant
middleware used to re-resolve the schema from that host.
"""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django_tenants.utils import tenant_context
from wagtail.models import Site

from portal.core.models import HomePage
from tenants.provisioning import scaffold

pytestmark = pytest.mark.django_db


def test_preview_stays_in_the_schema_of_the_portal_being_edited(school_a, school_b):
    with tenant_context(school_a):
        Site.objects.update(hostname=school_b.primary_hostname)  # the tampered record
        home = HomePage.objects.get(depth=2)
        response = home.make_preview_request()
        assert connection.schema_name == school_a.schema_name  # not switched to the other school
        html = response.content.decode()
    assert response.status_code == 200
    assert school_a.name in html
    assert school_b.name not in html


def test_preview_from_the_admin_renders_this_portal(school_a, school_b, portal_client):
    client = portal_client(school_a)
    with tenant_context(school_a):
        Site.objects.update(hostname=school_b.primary_hostname)
        home = HomePage.objects.get(depth=2)
        client.force_login(get_user_model().objects.create_superuser("admin", "a@ptdm.edu.vn", "MatKhau@2025"))
    response = client.get(f"/admin/pages/{home.pk}/view_draft/")
    html = response.content.decode()
    assert response.status_code == 200
    assert school_a.name in html and school_b.name not in html


def test_sites_admin_is_closed_even_to_a_school_superuser(school_a, portal_client):
    client = portal_client(school_a)
    with tenant_context(school_a):
        site = Site.objects.get()
        client.force_login(get_user_model().objects.create_superuser("admin", "a@ptdm.edu.vn", "MatKhau@2025"))
    assert client.get("/admin/sites/").status_code == 403
    assert client.get(f"/admin/sites/edit/{site.pk}/").status_code == 403
    response = client.post(f"/admin/sites/edit/{site.pk}/", {"hostname": "evil.example", "port": "80"})
    assert response.status_code == 403
    assert 'href="/admin/sites/"' not in client.get("/admin/").content.decode()
    with tenant_context(school_a):
        assert Site.objects.get().hostname == school_a.primary_hostname


def test_setup_portals_puts_the_site_back_on_the_registry_hostname(school_a):
    with tenant_context(school_a):
        Site.objects.update(hostname="tptdm.edu.vn", port=8080)
    scaffold(school_a)  # what setup_portals runs for every portal after each deploy
    with tenant_context(school_a):
        site = Site.objects.get()
    assert (site.hostname, site.port) == (school_a.primary_hostname, 80)
