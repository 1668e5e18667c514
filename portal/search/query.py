"""Searching one portal's Whoosh index, or several at once, with facets and highlighted snippets.

Why queries are built from terms rather than Whoosh's query parser: visitors type free text, and
``AND``/``OR``/``:``/``*`` must mean nothing. Every query word must match in folded form (title or
text); a word typed with diacritics also scores its exact form, boosted, so ``bán hàng`` ranks pages
with exactly "bán hàng" above "bàn hàng"; the whole query as a phrase adds a bonus.

Several portals (the district's "search all schools") are searched as one: the segment readers of
every index are combined in one ``MultiReader``, so scores share the same statistics, facets count
across schools and pagination is plain.
"""

from dataclasses import dataclass, field

from whoosh import sorting
from whoosh.query import And, AndMaybe, Or, Phrase, Term
from whoosh.reading import MultiReader
from whoosh.searching import Searcher

from portal.search import storage
from portal.search.analysis import has_marks
from portal.search.highlight import highlight_all, snippet

PAGE_SIZE = 10
W_TEXT, W_TITLE, W_TEXT_EXACT, W_TITLE_EXACT = 1.0, 3.0, 2.0, 4.0
W_PHRASE_TITLE = 4.0


@dataclass
class Hit:
    title_html: str
    snippet_html: str
    url: str
    kind: str
    kind_label: str
    date: object
    schema_name: str
    link: str = ""
    portal: object = None


@dataclass
class Outcome:
    hits: list = field(default_factory=list)
    total: int = 0
    page: int = 1
    page_size: int = PAGE_SIZE
    kinds: list = field(default_factory=list)  # (key, label, count)
    years: list = field(default_factory=list)  # (year, count), newest first
    engine: str = "whoosh"

    @property
    def num_pages(self):
        return max(1, -(-self.total // self.page_size))


def required_query(words):
    """Every word in folded form in the text (the title is part of the text): what must match."""
    terms = [Term("text", folded, boost=W_TEXT) for _, folded, _ in words]
    return terms[0] if len(terms) == 1 else And(terms)


def build_query(words):
    """The scored Whoosh query for ``analysis.query_words`` triples (see the module docstring).

    Matching is the cheap intersection of folded text terms; title words, exact (accented) forms and
    the query as a title phrase only add to the score of documents that already match (``AndMaybe``),
    which keeps Whoosh from evaluating them over the whole index.
    """
    bonus = []
    for original, folded, exact in words:
        bonus.append(Term("title", folded, boost=W_TITLE))
        if has_marks(original):
            bonus += [Term("text_exact", exact, boost=W_TEXT_EXACT), Term("title_exact", exact, boost=W_TITLE_EXACT)]
    if len(words) > 1:
        bonus.append(Phrase("title", [folded for _, folded, _ in words], boost=W_PHRASE_TITLE))
    return AndMaybe(required_query(words), Or(bonus))


def build_filter(kind=None, year=None):
    terms = []
    if kind:
        terms.append(Term("kind", kind))
    if year:
        terms.append(Term("year", year))
    return And(terms) if terms else None


def _leaves(reader):
    if reader.is_atomic():
        return [reader]
    return [leaf for leaf, _ in reader.leaf_readers()]


def open_searcher(schema_names):
    """A searcher over the live indexes of the given portals; raises IndexUnavailable if one is unusable."""
    indexes = [storage.open_for_reading(name) for name in schema_names]
    if len(indexes) == 1:
        return indexes[0].searcher()
    leaves = []
    for ix in indexes:
        leaves += _leaves(ix.reader())
    return Searcher(MultiReader(leaves))


def _facet_counts(results, name):
    try:
        groups = results.groups(name)
    except KeyError:
        return {}
    return {key: value for key, value in groups.items() if key}


def search_indexes(schema_names, words, *, kind=None, year=None, page=1, page_size=PAGE_SIZE):
    """Search the portals' indexes; any Whoosh or file error propagates (the caller falls back)."""
    folded_terms = {folded for _, folded, _ in words}
    facets = sorting.Facets()
    facets.add_field("kind", maptype=sorting.Count)
    facets.add_field("year", maptype=sorting.Count)
    narrow = build_filter(kind, year)
    with open_searcher(schema_names) as searcher:
        # Counting and facets need every match but no scores; the ranked search needs only the top page.
        matches = searcher.search(
            required_query(words), limit=None, scored=False, filter=narrow, groupedby=facets, terms=False
        )
        total = len(matches)
        num_pages = max(1, -(-total // page_size))
        page = min(max(page, 1), num_pages)
        results = []
        if total:
            results = searcher.search(build_query(words), limit=page * page_size, filter=narrow, terms=False)
        labels = {}
        hits = []
        for hit in results[(page - 1) * page_size : page * page_size]:
            stored = hit.fields()
            labels[stored.get("kind", "")] = stored.get("kind_label", "")
            hits.append(
                Hit(
                    title_html=highlight_all(stored.get("title", ""), folded_terms),
                    snippet_html=snippet(stored.get("body", ""), folded_terms),
                    url=stored.get("url", ""),
                    kind=stored.get("kind", ""),
                    kind_label=stored.get("kind_label", ""),
                    date=stored.get("date"),
                    schema_name=stored.get("schema", ""),
                )
            )
        kinds = _facet_counts(matches, "kind")
        years = _facet_counts(matches, "year")
        missing = [key for key in kinds if key not in labels]
        if missing:
            for key in missing:
                found = searcher.document(kind=key)
                labels[key] = (found or {}).get("kind_label", key)
    return Outcome(
        hits=hits,
        total=total,
        page=page,
        page_size=page_size,
        kinds=sorted(((key, labels.get(key, key), n) for key, n in kinds.items()), key=lambda k: (-k[2], k[1])),
        years=sorted(years.items(), reverse=True),
        engine="whoosh",
    )
