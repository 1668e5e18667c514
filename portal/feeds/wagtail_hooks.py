"""Admin for feed sources ("Nguồn tin RSS" in the Settings menu), the home-page box, the refresh job.

A ModelViewSet rather than a snippet: sources are configuration, not content (no revisions, no
choosers). The status columns (last fetch, last error) are what the district monitors.
https://docs.wagtail.org/en/stable/extending/generic_views.html
"""

from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.viewsets.model import ModelViewSet

from portal.core.hooks import HOME_BOX, PERIODIC_TASK, HomeBox, PeriodicTask
from portal.feeds.models import FeedSource
from portal.feeds.refresh import refresh_due
from portal.feeds.views import incoming_heading, latest_items

HOME_ITEMS = 5


class FeedSourceViewSet(ModelViewSet):
    model = FeedSource
    icon = "link-external"
    menu_label = "Nguồn tin RSS"
    add_to_settings_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["title", "url", "enabled", "status_label", "last_success_at", "last_error"]
    list_filter = ["enabled"]
    search_fields = ["title", "url"]
    panels = [
        FieldPanel("title"),
        FieldPanel("url"),
        FieldPanel("enabled"),
        FieldPanel("show_on_home"),
        FieldPanel("interval"),
    ]
    inspect_view_fields = [
        "title",
        "url",
        "enabled",
        "show_on_home",
        "interval",
        "is_district_feed",
        "last_fetched_at",
        "last_success_at",
        "error_count",
        "last_error",
    ]


@hooks.register("register_admin_viewset")
def register_feed_sources():
    return FeedSourceViewSet("feed_sources")


@hooks.register(PERIODIC_TASK)
def feeds_refresh():
    return [PeriodicTask("feeds.refresh_due", 60, refresh_due)]


@hooks.register(HOME_BOX)
def followed_feeds_box(page, request):
    """The latest items of the sources shown on the home page (nothing when there are none)."""
    portal = getattr(request, "tenant", None)
    items = list(latest_items(HOME_ITEMS, home_only=True)) if portal is not None else []
    if not items:
        return None
    return HomeBox("feeds/includes/box.html", order=200, context={"items": items, "heading": incoming_heading(portal)})
