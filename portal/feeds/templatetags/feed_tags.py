"""``{% feed_links %}``: RSS/Atom autodiscovery (``<link rel="alternate">``) in every page's head.

The home page announces all of the portal's feeds, a listing the feed of what it lists (a news
section its news feed), the feed list page its own; other pages none, so a reader subscribes to
what they are looking at.
"""

from django import template
from django.utils.html import format_html, format_html_join
from wagtail.models import Page

from portal.feeds.selection import listing_kinds, outgoing_feeds

register = template.Library()
HOME_DEPTH = 2


@register.simple_tag(takes_context=True)
def feed_links(context):
    portal = context.get("current_portal")
    page = context.get("page")
    if portal is None or context.get("print_view"):
        return ""
    if isinstance(page, Page) and page.depth == HOME_DEPTH:
        feeds = outgoing_feeds(portal)
    elif isinstance(page, Page):
        kinds = listing_kinds(page)
        feeds = outgoing_feeds(portal, kinds) if kinds else []
    else:
        feeds = context.get("feeds") or []  # the /rss/ page passes its list
    rss = format_html_join(
        "\n  ",
        '<link rel="alternate" type="application/rss+xml" title="{}" href="{}">',
        ((feed["title"], feed["rss"]) for feed in feeds),
    )
    atom = format_html_join(
        "\n  ",
        '<link rel="alternate" type="application/atom+xml" title="{} (Atom)" href="{}">',
        ((feed["title"], feed["atom"]) for feed in feeds),
    )
    return format_html("{}\n  {}", rss, atom) if feeds else ""
