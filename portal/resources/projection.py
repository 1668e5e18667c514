"""The district's shared library: its published resources projected for every school to list.

Only a district portal projects (its library is the shared one); a school's own resources stay in its
schema. The summary is the resource's meta line ("Sách điện tử · Toán · Lớp 6"), which the schools'
filter (``portal.resources.filters.filter_shared_items``) matches label by label.
"""

from django.utils import timezone

from portal.text import nfc
from tenants import projections
from tenants.models import Portal

KIND = "resource"


def build_row(page):
    parts = page.get_url_parts()
    if not parts or not parts[2]:
        return None
    return {
        "title": nfc(page.title)[:500],
        "path": parts[2],
        "summary": nfc(page.meta_line)[:2000],
        "image_path": "",
        "published_at": page.first_published_at or timezone.now(),
    }


RESOURCES = projections.published_item(
    KIND, build=build_row, page_models=("resources.ResourcePage",), portal_kinds={Portal.Kind.DISTRICT}
)
