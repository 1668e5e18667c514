"""Searching one portal's Whoosh index, or the district-wide one, with facets and highlighted snippets.

Why queries are built from terms rather than Whoosh's query parser: visitors type free text, and
``AND``/``OR``/``:``/``*`` must mean nothing. The query words are cut into slots
(``portal.search.synonyms``: "thcs" also matches "trung học cơ sở", "kì" also "kỳ"); every slot must
match in folded form (title or text). Ranking adds: title words, the exact (accented) form of words
typed with diacritics (``bán hàng`` above ``bàn hàng``), the whole query as a phrase, and a document
number stated by the page itself (``portal.search.numbers``).

When the strict query finds little, the search forgives, in this order, and says so on the page:

1. a word of 4+ letters that is in no document is retried as a fuzzy term (edit distance 1 on the
   folded text) and the corrected query is offered ("Có phải bạn muốn tìm: …?");
2. if still nothing matches every slot, the words found nowhere are left out (and listed) when the
   rest is more than half of the query; if that is not enough, documents missing any one more slot
   are ranked (three slots or more). Less than that is noise, not recall: the page then says
   nothing was found.
"""

from dataclasses import dataclass, field

from whoosh.query import And, AndMaybe, FuzzyTerm, Or, Phrase, Term
from whoosh.reading import MultiReader
from whoosh.searching import Searcher

from portal.search import engine, searchers, storage
from portal.search.analysis import has_marks
from portal.search.highlight import highlight_all, snippet
from portal.search.synonyms import expand

PAGE_SIZE = 10
FEW = 3  # fewer strict hits than this, with an unknown word: try the fuzzy spelling
FUZZY_MIN_LETTERS = 4
COORDINATION = 0.9  # Or(scale=...): documents matching more slots rank higher
W_TEXT, W_TITLE, W_TEXT_EXACT, W_TITLE_EXACT = 1.0, 3.0, 2.0, 4.0
W_PHRASE_TITLE, W_PHRASE_TEXT = 4.0, 2.0
W_CODE = 40.0
DISTRICT_INDEX = storage.DISTRICT_INDEX


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
    schools: list = field(default_factory=list)  # (schema, count), district-wide only
    engine: str = "whoosh"
    corrected_query: str = ""  # "Có phải bạn muốn tìm" (fuzzy retry answered)
    relaxed: bool = False  # not every word matched: ranked by how many did
    missing_words: list = field(default_factory=list)  # typed words found in no document

    @property
    def num_pages(self):
        return max(1, -(-self.total // self.page_size))


def _alternative(fieldname, words, boost=1.0):
    if len(words) == 1:
        return Term(fieldname, words[0], boost=boost)
    return Phrase(fieldname, list(words), boost=boost)


def _any(queries):
    return queries[0] if len(queries) == 1 else Or(queries)


def slot_query(slot, fuzzy=False):
    """What one slot must match in the folded text: any of its alternatives (fuzzy: within 1 edit)."""
    if fuzzy:
        return _any([FuzzyTerm("text", word, maxdist=1, prefixlength=1) for word in slot.single_words()])
    return _any([_alternative("text", alternative, W_TEXT) for alternative in slot.alternatives])


def _code_terms(codes, boost=W_CODE):
    return [Term("codes", code, boost=boost) for code in codes]


def required_query(slots, codes=(), fuzzy=frozenset()):
    """Every slot must match; a page stating a document number of the query matches as well."""
    parts = [slot_query(slot, index in fuzzy) for index, slot in enumerate(slots)]
    matches = parts[0] if len(parts) == 1 else And(parts)
    return Or([matches, *_code_terms(codes, 1.0)]) if codes else matches


def relaxed_query(slots, codes=(), fuzzy=frozenset()):
    """All slots but one must match (any one may be missing): Whoosh's ``Or`` has no working
    ``minmatch``, so it is spelled out as one ``And`` per slot left out."""
    parts = [slot_query(slot, index in fuzzy) for index, slot in enumerate(slots)]
    alternatives = [And(parts[:i] + parts[i + 1 :]) for i in range(len(parts))]
    return Or(alternatives + _code_terms(codes, 1.0), scale=COORDINATION)


def bonus_query(slots, codes=()):
    """What adds to the score of a matching document: title words, the exact (accented) forms typed,
    the whole query as a phrase, a document number of the query."""
    words = [word for slot in slots for word in slot.words]
    bonus = []
    for slot in slots:
        bonus += [_alternative("title", alternative, W_TITLE) for alternative in slot.alternatives]
        for original, _, exact in slot.words:
            if has_marks(original):
                bonus.append(Term("text_exact", exact, boost=W_TEXT_EXACT))
                bonus.append(Term("title_exact", exact, boost=W_TITLE_EXACT))
    if len(words) > 1:
        typed = [folded for _, folded, _ in words]
        bonus += [Phrase("title", typed, boost=W_PHRASE_TITLE), Phrase("text", typed, boost=W_PHRASE_TEXT)]
    bonus += _code_terms(codes)
    return Or(bonus)


def build_query(slots, codes=(), base=None):
    """The scored query: ``base`` (default: :func:`required_query`) decides what matches; the bonus
    clauses only add to the score of documents that already match (``AndMaybe``)."""
    return AndMaybe(base if base is not None else required_query(slots, codes), bonus_query(slots, codes))


def _leaves(reader):
    if reader.is_atomic():
        return [reader]
    return [leaf for leaf, _ in reader.leaf_readers()]


def open_searcher(schema_names):
    """A new searcher over several portals' live indexes (when there is no district index yet).

    The caller closes it. Raises IndexUnavailable if one index is unusable.
    """
    leaves = []
    for name in schema_names:
        leaves += _leaves(storage.open_for_reading(name).reader())
    return Searcher(MultiReader(leaves))


def _known(reader, word):
    return reader.doc_frequency("text", word) > 0


def _unknown_slots(reader, slots):
    """Slots made of one typed word that no document contains (their i/y twin neither)."""
    return [
        index
        for index, slot in enumerate(slots)
        if not slot.from_synonym and not any(_known(reader, word) for word in slot.single_words())
    ]


def _corrections(searcher, slots, unknown):
    """``{slot index: folded correction}`` for unknown words of 4+ letters (edit distance 1, most frequent)."""
    corrector = searcher.corrector("text")
    found = {}
    for index in unknown:
        word = slots[index].words[0][1]
        if len(word) < FUZZY_MIN_LETTERS:
            continue
        suggestions = corrector.suggest(word, limit=1, maxdist=1, prefix=1)
        if suggestions:
            found[index] = suggestions[0]
    return found


class Plan:
    """Which query answers (strict, fuzzy, relaxed) and what the page must say about it."""

    def __init__(self, searcher, slots, codes, count):
        self.fuzzy, self.corrected, self.relaxed, self.missing = frozenset(), {}, False, []
        self.required = required_query(slots, codes)
        self.matches = count(self.required)
        if len(self.matches) >= FEW:
            return
        reader = searcher.reader()
        unknown = _unknown_slots(reader, slots)
        if unknown:
            self.corrected = _corrections(searcher, slots, unknown)
        if self.corrected:
            fuzzy = frozenset(self.corrected)
            candidate = required_query(slots, codes, fuzzy)
            matches = count(candidate)
            if len(matches) > len(self.matches):
                self.fuzzy, self.required, self.matches = fuzzy, candidate, matches
            else:
                self.corrected = {}
        if len(self.matches) == 0:
            self._relax(slots, codes, count, [i for i in unknown if i not in self.corrected])

    def _relax(self, slots, codes, count, missing):
        """Words found nowhere are left out when the others are more than half of the query; then,
        with three slots or more left, any one of them may be missing as well."""
        kept = [i for i in range(len(slots)) if i not in missing]
        if missing and not (kept and len(kept) * 2 > len(slots)):
            return
        kept_slots = [slots[i] for i in kept]
        fuzzy = frozenset(kept.index(i) for i in self.corrected)
        candidates = [required_query(kept_slots, codes, fuzzy)] if missing else []
        if len(kept_slots) >= 3:
            candidates.append(relaxed_query(kept_slots, codes, fuzzy))
        for query in candidates:
            matches = count(query)
            if len(matches):
                self.relaxed, self.required, self.matches = True, query, matches
                self.missing = [slots[i].words[0][0] for i in missing]
                return


def _corrected_text(slots, corrected):
    parts = []
    for index, slot in enumerate(slots):
        parts.append(corrected.get(index) or " ".join(original for original, _, _ in slot.words))
    return " ".join(parts)


def search_indexes(
    schema_names,
    words,
    *,
    kind=None,
    year=None,
    page=1,
    page_size=PAGE_SIZE,
    codes=(),
    school=None,
    district=False,
    allowed_schools=None,
):
    """Search the portals' indexes; any Whoosh or file error propagates (the caller falls back).

    ``district``: search the district-wide index (every school's published pages in one index),
    showing only the schools in ``allowed_schools`` (the active portals: a deactivated or removed
    portal's pages stay in the index but are masked out) and narrowing to ``school``.
    """
    slots = expand(words)
    if district:
        index_name, owned = DISTRICT_INDEX, False
        searcher = searchers.acquire(DISTRICT_INDEX)
    elif len(schema_names) == 1:
        index_name, owned = schema_names[0], False
        searcher = searchers.acquire(schema_names[0])
    else:
        index_name, owned = None, True
        searcher = open_searcher(schema_names)
    allowed = allowed_schools if district else None

    try:
        data = engine.index_data(searcher)

        def count(query):
            # Every match with its score, in one evaluation: the count and facets read its keys,
            # the page is its top k once the bonuses are added (portal.search.engine).
            return engine.restrict(data, engine.evaluate(data, query), kind, year, school, allowed)

        plan = Plan(searcher, slots, codes, count)
        matches = plan.matches
        total = len(matches)
        num_pages = max(1, -(-total // page_size))
        page = min(max(page, 1), num_pages)
        ranked = []
        if total:
            scores = engine.add_bonus(data, matches, bonus_query(slots, codes))
            ranked = engine.top(scores, page * page_size)[(page - 1) * page_size :]
        folded_terms = set().union(*(slot.folded_terms() for slot in slots)) | set(plan.corrected.values())
        labels = {}
        hits = []
        for docnum in ranked:
            stored = searcher.stored_fields(docnum)
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
        kinds = engine.facet_counts(data, matches, "kind")
        years = engine.facet_counts(data, matches, "year")
        schools = engine.facet_counts(data, matches, "schema") if district else {}
        missing_labels = set(kinds) - set(labels)
        if missing_labels:
            column = data.column("kind")
            for docnum in matches:
                if column[docnum] in missing_labels:
                    labels[column[docnum]] = searcher.stored_fields(docnum).get("kind_label", column[docnum])
                    missing_labels.discard(column[docnum])
                    if not missing_labels:
                        break
    except Exception:
        if index_name is not None:
            searchers.forget_failed(index_name)
        raise
    finally:
        if owned:
            searcher.close()
    return Outcome(
        hits=hits,
        total=total,
        page=page,
        page_size=page_size,
        kinds=sorted(((key, labels.get(key, key), n) for key, n in kinds.items()), key=lambda k: (-k[2], k[1])),
        years=sorted(years.items(), reverse=True),
        schools=sorted(schools.items(), key=lambda item: (-item[1], item[0])),
        engine="whoosh",
        corrected_query=_corrected_text(slots, plan.corrected) if plan.corrected else "",
        relaxed=plan.relaxed,
        missing_words=plan.missing,
    )
