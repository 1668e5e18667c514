""" "Sơ đồ cổng": the portal's map as a readable text tree (TT 32/2017/TT-BTTTT Art. 16), beside
``/sitemap.xml`` for machines.

The tree shows the home page, every section and the pages under it; a section holding more than
``LIST_LIMIT`` pages (news, documents) shows how many it holds and a link instead of listing
thousands of articles. Two queries, whatever the size of the portal. Fixed pages that are not
Wagtail pages (search, feeds, the English summary) follow, with the shortcut keys.
"""

import operator
from functools import reduce

from django.db.models import Q
from django.shortcuts import render
from django.views.decorators.http import require_safe
from wagtail.models import Page, Site

LIST_LIMIT = 30
SECTION_DEPTH = 3

FIXED_PAGES = [
    ("/tim-kiem/", "Tìm kiếm"),
    ("/rss/", "Nguồn tin RSS"),
    ("/en/", "English summary (tóm tắt bằng tiếng Anh)"),
    ("/du-lieu-ca-nhan/", "Dữ liệu cá nhân (danh mục, yêu cầu xem, sửa, xóa)"),
    ("/sitemap.xml", "Sơ đồ cổng dạng XML (cho máy tìm kiếm)"),
]
SHORTCUTS = [
    ("1", "Trang chủ"),
    ("3", "Sơ đồ cổng"),
    ("4", "Ô tìm kiếm"),
]


def site_tree(home):
    """[(section, [child pages], number of children)] of the live, public pages under ``home``."""
    sections = list(home.get_children().live().public().order_by("path"))
    small = [s for s in sections if 0 < s.numchild <= LIST_LIMIT]
    children = {}
    if small:
        queryset = Page.objects.live().public().filter(depth=SECTION_DEPTH + 1)
        queryset = queryset.filter(reduce(operator.or_, (Q(path__startswith=s.path) for s in small)))
        for page in queryset.order_by("path"):
            children.setdefault(page.path[: len(page.path) - Page.steplen], []).append(page)
    return [(section, children.get(section.path, []), section.numchild) for section in sections]


@require_safe
def site_map_view(request):
    site = Site.find_for_request(request)
    home = site.root_page.specific if site else None
    return render(
        request,
        "core/site_map.html",
        {
            "home": home,
            "tree": site_tree(home) if home else [],
            "fixed_pages": FIXED_PAGES,
            "shortcuts": SHORTCUTS,
            "list_limit": LIST_LIMIT,
        },
    )
