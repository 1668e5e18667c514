"""Admin wiring of the contact desk: the messages screen and its menu entry (with the count of new ones)."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from portal.contact import admin_views


@hooks.register("register_admin_urls")
def contact_admin_urls():
    return [
        path("thu-lien-he/", admin_views.list_view, name="contact_messages"),
        path("thu-lien-he/<int:pk>/", admin_views.detail_view, name="contact_message"),
    ]


class MessagesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.PERMISSION)


@hooks.register("register_admin_menu_item")
def contact_menu_item():
    return MessagesMenuItem("Thư liên hệ", reverse("contact_messages"), icon_name="mail", order=340)
