"""Fixtures of the article section tests: a logged-in superuser of a school's own admin."""

import pytest
from django.contrib.auth import get_user_model
from django_tenants.utils import tenant_context


@pytest.fixture
def articles_admin(portal_client):
    """``articles_admin(portal)``: a client logged in as a superuser of that portal (users are per portal)."""

    def make(portal):
        with tenant_context(portal):
            get_user_model().objects.create_superuser("bbt", "bbt@ptdm.edu.vn", "MatKhau@2025")
        client = portal_client(portal)
        response = client.post("/admin/login/", {"username": "bbt", "password": "MatKhau@2025"})
        assert response.status_code == 302
        return client

    return make
