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
    portal_settings = PortalSettings.for_request(request) if request is not None else None
    return metadata.head_tags(page, portal_settings, portal, request)
