"""Template context every public page needs: the portal, its menu and contact details."""

from wagtail.models import Site

from portal.core.models import HomePage


def portal(request):
    tenant = getattr(request, "tenant", None)
    if tenant is None or not hasattr(request, "path") or request.path.startswith("/admin/"):
        return {}
    site = Site.find_for_request(request)
    home = HomePage.objects.filter(pk=site.root_page_id).first() if site else None
    menu = list(home.get_children().live().public().in_menu()) if home else []
    return {"current_portal": tenant, "home_page": home, "menu_pages": menu}
