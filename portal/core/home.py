"""The core's own home-page boxes (``portal_home_box`` hook, registered in wagtail_hooks).

The district's "news from the schools" comes from the public-schema projection
(``tenants.projections``), never a loop over schemas; its list of schools from the registry.
Orders (see :mod:`portal.core.hooks`): schools' news 300, schools 400, sections 500.
"""

from portal.core.hooks import HomeBox
from tenants.models import Portal
from tenants.projections import latest

SCHOOL_NEWS_LIMIT = 10


def _is_district(request):
    tenant = getattr(request, "tenant", None)
    return tenant is not None and tenant.is_district


def school_news(request, limit=SCHOOL_NEWS_LIMIT):
    """Latest news of every active school, from the projection (one query), labelled with the school."""
    items = latest("news", limit, schools_only=True)
    for item in items:
        item.link = item.url_for(request)
        item.image_link = item.image_url_for(request)
    return items


def school_news_box(page, request):
    if not _is_district(request):
        return None
    return HomeBox("core/includes/home_school_news.html", order=300, context={"school_news": school_news(request)})


def schools_box(page, request):
    if not _is_district(request):
        return None
    schools = list(
        Portal.objects.filter(kind=Portal.Kind.SCHOOL, is_active=True)
        .prefetch_related("domains")
        .order_by("level", "name")
    )
    for school in schools:
        school.link = school.public_url(request)
    return HomeBox("core/includes/home_schools.html", order=400, context={"schools": schools})


def sections_box(page, request):
    # Only title and URL are shown: plain Page rows, no per-type ``specific()`` queries.
    sections = page.get_children().live().public().in_menu()
    return HomeBox("core/includes/home_sections.html", order=500, context={"sections": sections})
