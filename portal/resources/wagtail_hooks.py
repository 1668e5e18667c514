"""The "Tài nguyên số" section is this app's resource index; its files are as private as its pages."""

from wagtail import hooks

from portal.core.hooks import DOCUMENT_PAGES, PORTAL_SECTION
from portal.resources.models import ResourcePage


@hooks.register(PORTAL_SECTION)
def claim_resources_section():
    return {"tai-nguyen": "resources.ResourceIndexPage"}


@hooks.register(DOCUMENT_PAGES)
def resources_offering(document):
    """Resource pages offering ``document`` (portal.core.privacy applies their live/public state)."""
    return list(ResourcePage.objects.filter(document=document))
