"""``{% portalcache "name" [vary ...] %}…{% endportalcache %}``: a fragment cached per portal stamp.

Like Django's ``{% cache %}``, but keyed by the portal's change stamps (``portal.core.fragments``), so a
publication purges it at once instead of after a timeout, and skipped for previews. Use it only around
markup that is the same for every visitor of the portal (no user, session, CSRF token or current-page
state inside; pass what it varies on as ``vary`` arguments).
"""

from django import template
from django.utils.safestring import mark_safe

from portal.core import fragments

register = template.Library()


class PortalCacheNode(template.Node):
    def __init__(self, nodelist, name, vary):
        self.nodelist, self.name, self.vary = nodelist, name, vary

    def render(self, context):
        request = context.get("request")
        name = self.name.resolve(context)
        vary = [value.resolve(context) for value in self.vary]
        return mark_safe(fragments.cached(request, name, lambda: self.nodelist.render(context), *vary))  # noqa: S308


@register.tag("portalcache")
def do_portalcache(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% portalcache %} needs a fragment name.")
    nodelist = parser.parse(("endportalcache",))
    parser.delete_first_token()
    return PortalCacheNode(nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(bit) for bit in bits[2:]])
