"""Fixtures of the yearbook tests: admin clients and published statistics for a portal."""

import pytest
from django.contrib.auth import get_user_model
from django_tenants.utils import tenant_context

from portal.yearbook.models import YearbookPage, YearbookRow


@pytest.fixture
def publish_rows():
    """``publish_rows(portal, [field dicts])``: set the yearbook's rows and publish (records the snapshot)."""

    def publish(portal, rows):
        with tenant_context(portal):
            page = YearbookPage.objects.get()
            page.rows = [YearbookRow(**row) for row in rows]
            page.full_clean()
            page.save_revision().publish()
            return page

    return publish


@pytest.fixture
def admin_client(portal_client):
    def make(portal, username="quantri"):
        with tenant_context(portal):
            get_user_model().objects.create_superuser(username, f"{username}@ptdm.edu.vn", "MatKhau@2025")
        client = portal_client(portal)
        assert client.post("/admin/login/", {"username": username, "password": "MatKhau@2025"}).status_code == 302
        return client

    return make
