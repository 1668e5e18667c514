"""Fixtures and helpers of the digital-resources tests."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django_tenants.utils import tenant_context
from wagtail.documents.models import Document

from portal.resources.models import ResourceIndexPage, ResourcePage


@pytest.fixture
def resources_admin(portal_client):
    """``resources_admin(portal)``: a client logged in as a superuser of that portal (users are per portal)."""

    def make(portal):
        with tenant_context(portal):
            get_user_model().objects.create_superuser("thuvien", "thuvien@ptdm.edu.vn", "MatKhau@2025")
        client = portal_client(portal)
        response = client.post("/admin/login/", {"username": "thuvien", "password": "MatKhau@2025"})
        assert response.status_code == 302
        return client

    return make


def _make_document(title, name="tai-lieu.pdf", content=b"%PDF-1.4 tai lieu"):
    """A Wagtail document in the current schema."""
    document = Document(title=title)
    document.file.save(name, ContentFile(content), save=True)
    return document


def _add_resource(title, slug, *, resource_type="hoc_lieu", subject="toan", grade="lop_6", live=True, **fields):
    """Create (and publish unless ``live=False``) a resource under the portal's resource index."""
    if "document" not in fields and "external_url" not in fields:
        fields["external_url"] = "https://www.geogebra.org/classic"
    page = ResourcePage(title=title, slug=slug, resource_type=resource_type, subject=subject, grade=grade, **fields)
    ResourceIndexPage.objects.get().add_child(instance=page)
    if live:
        page.save_revision().publish()
    return page


@pytest.fixture
def make_document():
    """``make_document(title, name=..., content=...)`` inside a ``tenant_context``."""
    return _make_document


@pytest.fixture
def add_resource():
    """``add_resource(title, slug, resource_type=..., subject=..., grade=..., live=True, **fields)``."""
    return _add_resource
