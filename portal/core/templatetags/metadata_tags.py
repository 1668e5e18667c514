"""``{% page_metadata %}``: the Dublin Core tags and JSON-LD of the page being rendered (base.html)."""

from django import template
from wagtail.models import Page

from portal.core import metadata
from portal.core.models import PortalSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def page_metadata(context):
    page = context.get("page")
    portal = context.get("current_portal")
    request = context.get("request")
    if not isinstance(page, Page) or portal is None or not hasattr(page, "get_metadata"):
        return ""
    portal_settings = context.get("portal_settings")  # portal.core.context_processors, cached per portal
    if portal_settings is None and request is not None:
        portal_settings = PortalSettings.for_request(request)
    return metadata.head_tags(page, portal_settings, portal, request)
