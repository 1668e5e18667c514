"""``{% feed_box %}``: the latest items of the followed feeds on the home page (nothing when none)."""

from django import template

from portal.feeds.views import incoming_heading, latest_items

register = template.Library()

HOME_ITEMS = 5


@register.inclusion_tag("feeds/includes/box.html", takes_context=True)
def feed_box(context, limit=HOME_ITEMS):
    request = context.get("request")
    portal = getattr(request, "tenant", None)
    if portal is None:
        return {"items": []}
    return {"items": list(latest_items(limit, home_only=True)), "heading": incoming_heading(portal)}
