"""Template context every public page needs: the portal, its menu and contact details, the print mode."""

from wagtail.models import Site

from portal.core import fragments
from portal.core.models import HomePage, PortalSettings
from portal.core.scaffold import section_root

# TT 32/2017/TT-BTTTT Art. 16: the menu names "Dịch vụ công trực tuyến"; here it is the procedures section.
ONLINE_SERVICES_SECTION = "thu-tuc-bieu-mau"
PRINT_PARAM = "in"  # ?in=1: the page with print chrome only (no menu, header or footer)
SAVE_PARAM = "luu"  # ?luu=html: the same, downloaded as one self-contained file (portal.core.page_tools)


def is_print_request(request):
    return request.GET.get(PRINT_PARAM) == "1" or is_save_request(request)


def is_save_request(request):
    return request.GET.get(SAVE_PARAM) == "html"


def navigation(request):
    """The home page, the menu's pages and the online services page: the same on every page of a portal."""
    site = Site.find_for_request(request)
    home = HomePage.objects.filter(pk=site.root_page_id).first() if site else None
    menu = list(home.get_children().live().public().in_menu()) if home else []
    online_services = section_root(home, ONLINE_SERVICES_SECTION) if home else None
    if online_services is not None and not online_services.live:
        online_services = None
    return home, menu, online_services


def portal(request):
    tenant = getattr(request, "tenant", None)
    if tenant is None or not hasattr(request, "path") or request.path.startswith("/admin/"):
        return {}
    home, menu, online_services = fragments.cached(request, "menu", lambda: navigation(request))
    portal_settings = fragments.cached(request, "settings", lambda: PortalSettings.for_request(request))
    return {
        "current_portal": tenant,
        "portal_settings": portal_settings,
        "site_name": portal_settings.unit_name or tenant.name,
        "home_page": home,
        "menu_pages": menu,
        "online_services_page": online_services,
        "print_view": is_print_request(request),
        "save_view": is_save_request(request),
    }
