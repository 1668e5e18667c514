"""Fixtures and helpers of the digital-resources tests."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from portal.resources.models import ResourceIndexPage, ResourcePage


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
