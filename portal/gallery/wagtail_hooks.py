"""Admin and home wiring of the gallery: the many-photos upload screen and its button, the home boxes."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.widgets import Button

from portal.core.hooks import HOME_BOX, HomeBox
from portal.gallery import home, uploads
from portal.gallery.models import AlbumPage

STYLESHEET = "css/gallery.css"


@hooks.register("register_admin_urls")
def gallery_admin_urls():
    return [path("album/<int:page_id>/tai-anh/", uploads.upload_view, name="gallery_upload")]


def upload_button(page, user, priority):
    if page.specific_class is AlbumPage and page.permissions_for_user(user).can_edit():
        yield Button("Tải nhiều ảnh", reverse("gallery_upload", args=[page.pk]), icon_name="image", priority=priority)


@hooks.register("register_page_header_buttons")
def upload_header_button(page, user, view_name=None, next_url=None):
    yield from upload_button(page, user, priority=20)


@hooks.register("register_page_listing_more_buttons")
def upload_listing_button(page, user, next_url=None):
    yield from upload_button(page, user, priority=20)


@hooks.register(HOME_BOX)
def albums_box(page, request):
    data = home.box_data()
    if not data["albums"] and not data["video"]:
        return None
    return HomeBox("gallery/includes/home_box.html", order=150, context={"gallery": data}, stylesheets=(STYLESHEET,))
