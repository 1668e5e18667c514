"""``{% system_links "footer" as links %}``: the portal's system links for the header or footer."""

from django import template
from wagtail.models import Site

from portal.core.models.system_links import links_for_site

register = template.Library()


@register.simple_tag(takes_context=True)
def system_links(context, placement):
    request = context.get("request")
    if request is None or getattr(request, "tenant", None) is None:
        return []
    return links_for_site(Site.find_for_request(request), placement)
