from portal.resources.models.index import ResourceIndexPage
from portal.resources.models.resource import ResourcePage

__all__ = ["ResourceIndexPage", "ResourcePage"]
