"""Wiring of the visit statistics: counting on page serve, the home box, the admin screen, the worker job."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from portal.core.hooks import HOME_BOX, PAGE_CACHE_HIT, PERIODIC_TASK, HomeBox, PeriodicTask
from portal.visits import admin_views
from portal.visits.counting import count_view, count_view_of
from portal.visits.projection import refresh_all
from portal.visits.stats import home_box_data


@hooks.register("before_serve_page")
def count_page_view(page, request, serve_args, serve_kwargs):
    count_view(page, request)


@hooks.register(PAGE_CACHE_HIT)
def count_cached_page_view(request, page_id):
    """A page from the page cache is a view too (Wagtail's serve did not run)."""
    count_view_of(page_id, request)


@hooks.register(HOME_BOX)
def visits_box(page, request):
    data = home_box_data(request)
    if data is None:
        return None
    return HomeBox(
        "visits/includes/home_box.html", order=900, context={"visits": data}, stylesheets=("css/visits.css",)
    )


@hooks.register("register_admin_urls")
def visits_admin_urls():
    return [path("thong-ke-truy-cap/", admin_views.statistics_view, name="visits_statistics")]


@hooks.register("register_reports_menu_item")
def visits_menu_item():
    return MenuItem("Thống kê truy cập", reverse("visits_statistics"), icon_name="view", order=900)


@hooks.register(PERIODIC_TASK)
def visits_tasks():
    return [PeriodicTask("visits.refresh", 3600, refresh_all)]
