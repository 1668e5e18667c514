"""Admin wiring of the yearbook: the import view and the button leading to it."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.widgets import Button

from portal.core.hooks import PORTAL_SECTION
from portal.yearbook import views
from portal.yearbook.levels import current_is_district
from portal.yearbook.models import YearbookPage


@hooks.register("register_admin_urls")
def register_import_url():
    return [path("nien-giam/<int:page_id>/nhap/", views.import_rows, name="yearbook_import")]


def import_button(page, user, priority):
    if page.specific_class is YearbookPage and not current_is_district() and page.permissions_for_user(user).can_edit():
        yield Button(
            "Nhập số liệu niên giám", reverse("yearbook_import", args=[page.pk]), icon_name="upload", priority=priority
        )


@hooks.register("register_page_header_buttons")
def import_header_button(page, user, view_name=None, next_url=None):
    yield from import_button(page, user, priority=25)


@hooks.register("register_page_listing_more_buttons")
def import_listing_button(page, user, next_url=None):
    yield from import_button(page, user, priority=25)


@hooks.register(PORTAL_SECTION)
def claim_yearbook_section():
    return {"thong-ke": "yearbook.YearbookPage"}
