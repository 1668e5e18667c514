"""The results page at /tim-kiem/: hits, facets, pagination, help when nothing matched."""

from urllib.parse import urlencode

from django.shortcuts import render
from django.views.decorators.http import require_GET

from portal.search.analysis import clean_text
from portal.search.service import clean_filters, run_search
from tenants.models import Portal

QUERY_MAX_CHARS = 200
SCHOOL_FACETS = 15


def _school_names(counts):
    """Short names of the portals in the per-school facet (active ones only)."""
    keys = [key for key, _ in counts]
    rows = Portal.objects.filter(schema_name__in=keys, is_active=True)
    return {row.schema_name: row.display_short_name for row in rows}


def _page_number(value):
    try:
        return max(1, min(int(value), 1000))
    except (TypeError, ValueError):
        return 1


class QueryString:
    """Builds result-page links that keep the query and change one parameter."""

    def __init__(self, **params):
        self.params = {key: value for key, value in params.items() if value}

    def with_(self, **changes):
        params = dict(self.params)
        params.pop("trang", None)
        for key, value in changes.items():
            if value:
                params[key] = value
            else:
                params.pop(key, None)
        return "?" + urlencode(params)

    def page(self, number):
        params = dict(self.params)
        params["trang"] = number
        if number == 1:
            params.pop("trang")
        return "?" + urlencode(params)


@require_GET
def search_view(request):
    portal = request.tenant
    text = clean_text(request.GET.get("q", "")).strip()[:QUERY_MAX_CHARS]
    kind, year = clean_filters(request.GET.get("loai"), request.GET.get("nam"))
    all_schools = portal.is_district and request.GET.get("tat_ca") == "1"
    page = _page_number(request.GET.get("trang"))
    school = request.GET.get("truong") if all_schools else None
    outcome = run_search(
        portal, text, kind=kind, year=year, page=page, all_schools=all_schools, school=school, request=request
    )
    school_names = _school_names(outcome.schools) if all_schools else {}
    school = school if school in school_names else None
    links = QueryString(q=text, loai=kind, nam=year, tat_ca="1" if all_schools else "", truong=school)
    kinds = [
        {"label": label, "count": count, "url": links.with_(loai=key), "active": key == kind}
        for key, label, count in outcome.kinds
    ]
    years = [
        {"label": value, "count": count, "url": links.with_(nam=value), "active": value == year}
        for value, count in outcome.years
    ]
    schools = [
        {"label": school_names[key], "count": count, "url": links.with_(truong=key), "active": key == school}
        for key, count in outcome.schools
        if key in school_names
    ][:SCHOOL_FACETS]
    kind_label = next((label for key, label, _ in outcome.kinds if key == kind), kind)
    pages = {
        "previous": links.page(outcome.page - 1) if outcome.page > 1 else "",
        "next": links.page(outcome.page + 1) if outcome.page < outcome.num_pages else "",
    }
    context = {
        "search_query": text,
        "outcome": outcome,
        "kinds": kinds,
        "schools": schools,
        "active_school": school_names.get(school, "") if school else "",
        "clear_school_url": links.with_(truong=""),
        "corrected_url": QueryString(q=outcome.corrected_query, tat_ca="1" if all_schools else "").with_()
        if outcome.corrected_query
        else "",
        "years": years,
        "active_kind": kind_label if kind else "",
        "active_year": year or "",
        "clear_kind_url": links.with_(loai=""),
        "clear_year_url": links.with_(nam=""),
        "all_schools": all_schools,
        "offer_all_schools": portal.is_district,
        "pages": pages,
        "first_number": (outcome.page - 1) * outcome.page_size + 1,
    }
    response = render(request, "search/results.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response
