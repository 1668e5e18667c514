"""HTML pages of the feeds: the list of our outgoing feeds, and "Tin từ Phòng GD&ĐT" (items in)."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_GET

from portal.feeds.models import FeedItem
from portal.feeds.selection import outgoing_feeds

ITEMS_PER_PAGE = 20


def incoming_heading(portal):
    """Schools show their district's news; the district shows what it follows (Ministry, Department)."""
    return "Tin từ Bộ, Sở GD&ĐT" if portal.is_district else "Tin từ Phòng GD&ĐT"


def latest_items(limit, *, home_only=False):
    queryset = FeedItem.objects.filter(source__enabled=True).select_related("source")
    if home_only:
        queryset = queryset.filter(source__show_on_home=True)
    return queryset[:limit]


def _portal(request):
    portal = getattr(request, "tenant", None)
    if portal is None:
        raise Http404("Không có cổng thông tin cho tên miền này.")
    return portal


@require_GET
def incoming_view(request):
    portal = _portal(request)
    paginator = Paginator(FeedItem.objects.filter(source__enabled=True).select_related("source"), ITEMS_PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("trang"))
    return render(
        request,
        "feeds/incoming.html",
        {
            "heading": incoming_heading(portal),
            "page_obj": page_obj,
            "items": page_obj.object_list,
        },
    )


@require_GET
def feed_list_view(request):
    portal = _portal(request)
    feeds = outgoing_feeds(portal)
    return render(
        request,
        "feeds/feed_list.html",
        {
            "feeds": feeds,
            "incoming_heading": incoming_heading(portal),
        },
    )
