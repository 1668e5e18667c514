"""Admin wiring of the timetables: the import screen and its button on the page."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.widgets import Button

from portal.core import fragments
from portal.core.hooks import HOME_BOX, HomeBox
from portal.timetables import admin_views
from portal.timetables.models import TimetablePage


@hooks.register("register_admin_urls")
def timetables_admin_urls():
    return [path("thoi-khoa-bieu/<int:page_id>/nhap/", admin_views.import_view, name="timetables_import")]


def import_button(page, user, priority):
    if page.specific_class is TimetablePage and page.permissions_for_user(user).can_edit():
        yield Button(
            "Nhập từ Excel", reverse("timetables_import", args=[page.pk]), icon_name="upload", priority=priority
        )


@hooks.register("register_page_header_buttons")
def import_header_button(page, user, view_name=None, next_url=None):
    yield from import_button(page, user, priority=20)


@hooks.register("register_page_listing_more_buttons")
def import_listing_button(page, user, next_url=None):
    yield from import_button(page, user, priority=20)


def timetable_links(request):
    pages = TimetablePage.objects.live().public().order_by("path")
    return [{"title": p.title, "url": p.get_url(request)} for p in pages]


@hooks.register(HOME_BOX)
def timetables_box(page, request):
    """Links to the school's timetable and exam schedule (cached per portal stamp, like the whole box)."""
    links = fragments.cached(request, "timetable-links", lambda: timetable_links(request))
    if not links:
        return None
    return HomeBox("timetables/includes/home_box.html", order=170, context={"timetable_links": links})
