"""What the results page calls: Whoosh first, the database when an index cannot be used.

A search at a portal only ever opens that portal's index folder (``SEARCH_ROOT/<schema>``) and only
reads rows carrying its schema name, so a school can never see another school's content. The
district's "search all schools" names every active portal explicitly.
"""

import logging
import re

from portal.search import storage
from portal.search.analysis import query_words
from portal.search.fallback import database_search, has_rows, title_search
from portal.search.numbers import number_keys
from portal.search.query import Outcome, search_indexes
from portal.search.storage import DISTRICT_INDEX
from tenants.models import Portal

logger = logging.getLogger(__name__)

KIND_VALUE = re.compile(r"^[a-z0-9_]+\.[a-z0-9_]+$")
YEAR_VALUE = re.compile(r"^(19|20)\d\d$")


def clean_filters(kind, year):
    """Facet filters from the query string; anything malformed is ignored."""
    kind = kind if kind and KIND_VALUE.match(kind) else None
    year = year if year and YEAR_VALUE.match(year) else None
    return kind, year


def searchable_portals(portal, all_schools=False):
    """The portal itself, or (district, all schools) every active non-template portal."""
    if not (all_schools and portal.is_district):
        return [portal]
    others = list(
        Portal.objects.filter(is_active=True, kind=Portal.Kind.SCHOOL).prefetch_related("domains").order_by("name")
    )
    return [portal, *others]


def run_search(portal, text, *, kind=None, year=None, page=1, all_schools=False, school=None, request=None):
    """Search and label the hits; returns an :class:`Outcome` (``engine`` says which path answered).

    District-wide, the one district index answers (``DISTRICT_INDEX``, fed by the worker) with the
    schools that are not active masked out; the per-portal indexes are combined only while it is
    missing. ``school`` narrows a district-wide search to one active school.
    """
    words = query_words(text)
    if not words:
        return Outcome(total=0)
    kind, year = clean_filters(kind, year)
    portals = searchable_portals(portal, all_schools)
    schema_names = [p.schema_name for p in portals]
    school = school if school in schema_names and len(portals) > 1 else None
    options = {"kind": kind, "year": year, "page": page}
    try:
        extra = {"codes": number_keys(text)}
        if len(portals) > 1 and storage.index_exists(DISTRICT_INDEX):
            extra.update(district=True, school=school, allowed_schools=set(schema_names))
        elif school:
            schema_names = [school]
        outcome = search_indexes(schema_names, words, **options, **extra)
    except Exception as error:  # missing folder, corrupt segment, unreadable file...  # noqa: BLE001
        logger.warning(
            "search index unusable for %s (%r): falling back to database search", ",".join(schema_names), error
        )
        if has_rows(schema_names) or len(portals) > 1:
            outcome = database_search(schema_names, words, **options)
        else:
            outcome = title_search(portal, words, **options)
    by_schema = {p.schema_name: p for p in portals}
    for hit in outcome.hits:
        hit.portal = by_schema.get(hit.schema_name, portal)
        if hit.portal.pk == portal.pk:
            hit.link = hit.url
        else:
            hit.link = hit.portal.public_url(request).rstrip("/") + hit.url
    return outcome
