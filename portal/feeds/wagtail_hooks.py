"""Admin for feed sources: "Nguồn tin RSS" in the Settings menu of every portal, in Vietnamese.

A ModelViewSet rather than a snippet: sources are configuration, not content (no revisions, no
choosers). The status columns (last fetch, last error) are what the district monitors.
https://docs.wagtail.org/en/stable/extending/generic_views.html
"""

from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.viewsets.model import ModelViewSet

from portal.feeds.models import FeedSource


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
