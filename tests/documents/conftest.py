"""Fixtures of the registry tests (helpers live in ``documents_helpers``)."""

import pytest
from django_tenants.utils import tenant_context


@pytest.fixture
def editor_client(portal_client):
    """``editor_client(portal)``: a client logged in as a superuser of that portal."""
    from django.contrib.auth import get_user_model

    def make(portal):
        client = portal_client(portal)
        with tenant_context(portal):
            user = get_user_model().objects.create_superuser("vanthu", "vanthu@ptdm.edu.vn", "MatKhau@2025")
            client.force_login(user)
        return client

    return make
