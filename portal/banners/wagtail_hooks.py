"""Banners as snippets (menu "Banner"), shown in two home boxes: at the top and at the bottom."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.banners.home import banners_today
from portal.banners.models import Banner
from portal.core.hooks import HOME_BOX, HomeBox


class BannerViewSet(SnippetViewSet):
    model = Banner
    icon = "image"
    menu_label = "Banner"
    menu_order = 350
    add_to_admin_menu = True
    list_display = ["title", "position", "starts_on", "ends_on", "active"]
    list_filter = ["position", "active"]


register_snippet(BannerViewSet)


def _box(position, order):
    def box(page, request):
        banners = banners_today()[position]
        if not banners:
            return None
        return HomeBox(
            "banners/includes/home_banners.html",
            order=order,
            context={"banners": banners, "banner_position": position},
            stylesheets=("css/banners.css",),
        )

    return box


hooks.register(HOME_BOX, _box("top", 10))
hooks.register(HOME_BOX, _box("bottom", 950))
