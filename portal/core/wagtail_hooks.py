"""Hooks of the core: mandated sections cannot be deleted (letter III.3); the core's home-page boxes;
"Lưu" of every page as one HTML file (TT 32/2017)."""

from django.contrib import messages
from django.shortcuts import redirect
from wagtail import hooks

from portal.core import home
from portal.core.hooks import HOME_BOX
from portal.core.models import HomePage
from portal.core.page_cache import remember_page
from portal.core.page_tools import saved_copy
from portal.core.privacy import check_document_pages
from portal.core.sections import section_keys


def is_protected(page):
    specific = page.specific
    return isinstance(specific, HomePage) or getattr(specific, "section_key", "") in section_keys()


def protected_pages_in(pages):
    return [page for page in pages if is_protected(page) or any(is_protected(d) for d in page.get_descendants())]


@hooks.register("before_delete_page")
def refuse_deleting_mandated_section(request, page):
    blocked = protected_pages_in([page])
    if blocked:
        messages.error(
            request,
            f"Không thể xóa “{page.title}”: đây là chuyên mục bắt buộc của cổng thông tin "
            "(hoặc chứa chuyên mục bắt buộc). Có thể đổi tên, sắp xếp lại hoặc ẩn khỏi menu.",
        )
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_deleting_mandated_sections(request, action_type, objects, action_class_instance):
    if action_type == "delete" and protected_pages_in(objects):
        messages.error(request, "Không thể xóa các chuyên mục bắt buộc của cổng thông tin.")
        return redirect("wagtailadmin_home")
    return None


# The contact box is the organization app's (the head's phone first, portal/organization/wagtail_hooks.py).
for _box in (home.school_news_box, home.schools_box, home.sections_box):
    hooks.register(HOME_BOX, _box)

# Admin adjustments for editors (approvals, dashboard, help, titles): registered on import.
from portal.core.admin_ui import approval, branding, dashboard, guide  # noqa: E402, F401


@hooks.register("before_serve_document", order=10)
def hide_documents_of_unpublished_pages(document, request):
    """After Wagtail's collection check: a file owned only by drafts or restricted pages stays hidden."""
    check_document_pages(document, request)
    return None


@hooks.register("construct_settings_menu")
def hide_sites_admin(request, menu_items):
    """Sites are platform data (hostname/port from the registry, ``portal.core.receivers.pin_site``).

    Nobody who logs in to a portal is the platform, a portal's superuser included: the operator works
    from the server (provisioning, ``setup_portals``). The URLs answer 403 (``portal.urls``).
    """
    menu_items[:] = [item for item in menu_items if item.name != "sites"]


hooks.register("before_serve_page", saved_copy)
hooks.register("before_serve_page", remember_page, order=-100)
