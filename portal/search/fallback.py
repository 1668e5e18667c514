"""Database search for when a Whoosh index is missing, locked or corrupt: slower, never a 500.

PostgreSQL full-text search with the ``simple`` configuration (no stemming, no stop words) over the
folded copies in ``SearchDocument`` (title weighted above text); the query is folded the same way, so
``thu tuc`` and ``Thủ tục`` behave as in Whoosh. A portal that was never indexed has no rows yet: its
live public page titles are then matched in Python (small: only titles, only that portal).
"""

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import Count, F
from django_tenants.utils import tenant_context
from wagtail.models import Page

from portal.search.analysis import folded_words
from portal.search.documents import kind_label, page_date
from portal.search.highlight import highlight_all, snippet
from portal.search.models import SearchDocument
from portal.search.query import PAGE_SIZE, Hit, Outcome
from portal.search.synonyms import expand


def _lexeme(word):
    return "'" + word.replace("'", "") + "'"  # folded words are \w+ tokens; quoted all the same


def tsquery_text(slots, joiner=" & "):
    """The synonym slots as ``to_tsquery`` text: ``('thcs' | 'trung' <-> 'hoc' <-> 'co' <-> 'so') & ...``."""
    parts = []
    for slot in slots:
        alternatives = [" <-> ".join(_lexeme(word) for word in alternative) for alternative in slot.alternatives]
        parts.append("(" + " | ".join(alternatives) + ")")
    return joiner.join(parts)


def _query(slots, joiner=" & "):
    return SearchQuery(tsquery_text(slots, joiner), config="simple", search_type="raw")


def database_search(schema_names, words, *, kind=None, year=None, page=1, page_size=PAGE_SIZE, **ignored):
    """Search the ``SearchDocument`` rows of the given portals (one query for hits, two for facets).

    The same synonym slots as the Whoosh query; when no row matches every slot (three or more), rows
    missing any one slot are ranked and the outcome says so (``relaxed``).
    """
    slots = expand(words)
    folded_terms = set().union(*(slot.folded_terms() for slot in slots))
    query = _query(slots)
    base = SearchDocument.objects.filter(schema_name__in=schema_names)
    queryset = base.filter(vector=query)
    relaxed = False
    if len(slots) >= 3 and not queryset.exists():
        # As in Whoosh: every slot but any one (Whoosh also drops words found nowhere first).
        either = " | ".join("(" + tsquery_text(slots[:i] + slots[i + 1 :]) + ")" for i in range(len(slots)))
        query, relaxed = SearchQuery(either, config="simple", search_type="raw"), True
        queryset = base.filter(vector=query)
    if kind:
        queryset = queryset.filter(kind=kind)
    if year:
        queryset = queryset.filter(year=year)
    kinds = list(queryset.values("kind", "kind_label").annotate(n=Count("id")).order_by("-n", "kind_label"))
    years = list(queryset.exclude(year="").values("year").annotate(n=Count("id")).order_by("-year"))
    total = sum(row["n"] for row in kinds)
    outcome = Outcome(total=total, page_size=page_size, engine="database", relaxed=relaxed)
    outcome.page = min(max(page, 1), outcome.num_pages)
    start = (outcome.page - 1) * page_size
    rows = queryset.annotate(rank=SearchRank(F("vector"), query)).order_by("-rank", "-date", "pk")[
        start : start + page_size
    ]
    outcome.hits = [
        Hit(
            title_html=highlight_all(row.title, folded_terms),
            snippet_html=snippet(row.body, folded_terms),
            url=row.url,
            kind=row.kind,
            kind_label=row.kind_label,
            date=row.date,
            schema_name=row.schema_name,
        )
        for row in rows
    ]
    outcome.kinds = [(row["kind"], row["kind_label"], row["n"]) for row in kinds]
    outcome.years = [(row["year"], row["n"]) for row in years]
    return outcome


def has_rows(schema_names):
    return SearchDocument.objects.filter(schema_name__in=schema_names).exists()


def title_search(portal, words, *, kind=None, year=None, page=1, page_size=PAGE_SIZE):
    """Last resort for a never-indexed portal: live public page titles, folded in Python."""
    folded_terms = {folded for _, folded, _ in words}
    matches = []
    with tenant_context(portal):
        pages = Page.objects.live().public().filter(depth__gt=1).order_by("-first_published_at")
        for candidate in pages.only("id", "title", "url_path", "path", "depth", "content_type", "first_published_at"):
            if not folded_terms <= folded_words(candidate.title):
                continue
            model = candidate.specific_class or Page
            date = page_date(candidate)
            label = model._meta.label_lower
            if (kind and label != kind) or (year and (not date or str(date.year) != year)):
                continue
            parts = candidate.get_url_parts()
            if parts:
                matches.append(
                    Hit(
                        highlight_all(candidate.title, folded_terms),
                        "",
                        parts[2],
                        label,
                        kind_label(model),
                        date,
                        portal.schema_name,
                    )
                )
    outcome = Outcome(total=len(matches), page_size=page_size, engine="titles")
    outcome.page = min(max(page, 1), outcome.num_pages)
    outcome.hits = matches[(outcome.page - 1) * page_size : outcome.page * page_size]
    kinds, years = {}, {}
    for hit in matches:
        kinds[(hit.kind, hit.kind_label)] = kinds.get((hit.kind, hit.kind_label), 0) + 1
        if hit.date:
            years[str(hit.date.year)] = years.get(str(hit.date.year), 0) + 1
    outcome.kinds = sorted(((k, label, n) for (k, label), n in kinds.items()), key=lambda k: (-k[2], k[1]))
    outcome.years = sorted(years.items(), reverse=True)
    return outcome
