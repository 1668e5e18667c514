"""Evaluating the search's queries over a Whoosh index with sets and dicts instead of Whoosh's matchers.

Why: Whoosh is pure Python and walks its matcher tree one document at a time (``next``, ``skip_to``,
``score`` are Python calls per document and per clause); at 20,000 documents a query for a common word
("học sinh" is in 15,000 of them) took about a second, half for an unscored pass (count and facets) and
half for the ranked pass, and phrases decoded word positions in every candidate (``make bench``).
Here each term's posting list is decoded a block at a time into ``{docnum: weight}``, kept with the
searcher (it is read-only until the index changes, and ``portal.search.searchers`` replaces the
searcher then), and the query tree is evaluated with C-speed set and dict operations:

* ``Term``: the BM25F score of every document of the posting list (Whoosh's own formula, idf and
  field lengths, so the ranking is what Whoosh's ``BM25F`` gives);
* ``Phrase`` on ``text``/``title``: the neighbouring-pair terms of ``text_pairs``/``title_pairs``
  (``analysis.PairFilter``); a two-word phrase is exactly one term, a longer one every pair in the
  document (in practice the phrase; pairs out of order are not checked);
* ``And`` / ``Or`` (with Whoosh's coordination ``scale``) / ``AndMaybe`` / ``FuzzyTerm``: sums of scores
  over intersections and unions; any other query is left to Whoosh.

One evaluation gives every match with its score: the count and facets come from its keys (facet
values read once per searcher from the sortable columns), the page from a top-k of its values. Whoosh's
``optimize``/block-quality skipping would not help: it needs plain term queries and a limit, and
the count and facets need every match anyway.
https://whoosh.readthedocs.io/en/latest/api/codec/base.html
"""

import heapq
from collections import OrderedDict
from math import log

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher
from whoosh.query import And, AndMaybe, FuzzyTerm, Or, Phrase, Term
from whoosh.reading import TermNotFound
from whoosh.scoring import BM25F

PAIR_FIELDS = {"text": "text_pairs", "title": "title_pairs"}
# Decoded postings kept per searcher (entries summed over terms), least recently used dropped first:
# about 100 bytes each, so a 20,000-document portal keeps its few hundred most used terms.
MAX_CACHED_POSTINGS = 400_000


def _byte_to_length_table():
    from whoosh.util.numeric import byte_to_length

    return [byte_to_length(value) for value in range(256)]


_LENGTHS = _byte_to_length_table()


class IndexData:
    """What one open searcher's evaluations share: decoded postings, field lengths, facet columns."""

    def __init__(self, searcher):
        self.searcher = searcher
        self.leaves = [(sub.reader(), offset) for sub, offset in searcher.leaf_searchers()]
        self.doc_count_all = searcher.doc_count_all()
        weighting = searcher.weighting if isinstance(searcher.weighting, BM25F) else BM25F()
        self.B, self.K1 = weighting.B, weighting.K1
        self._postings = OrderedDict()
        self._cached = 0
        self._norms = {}
        self._columns = {}
        self._scores = {}

    # Postings

    @staticmethod
    def _leaf_postings(reader, fieldname, btext, offset):
        """``{docnum: weight}`` of one segment, docnums made global with ``offset``."""
        try:
            matcher = reader.postings(fieldname, btext)
        except TermNotFound:
            return {}
        deleted = frozenset(reader._perdoc.deleted_docs()) if reader.has_deletions() else frozenset()
        inner = getattr(matcher, "child", matcher) if deleted else matcher
        if not isinstance(inner, W3LeafMatcher):
            found = {}
            while matcher.is_active():
                found[matcher.id() + offset] = matcher.weight()
                matcher.next()
            return found
        # A block at a time: Whoosh's decoded id and weight arrays, no per-document matcher calls.
        found = {}
        while inner.is_active():
            inner._read_ids()
            inner._read_weights()
            found.update(zip(inner._ids, inner._weights, strict=True))
            inner._next_block()
        if offset or deleted:
            found = {docnum + offset: weight for docnum, weight in found.items() if docnum not in deleted}
        return found

    def postings(self, fieldname, text):
        """``{docnum: term frequency}`` of one term (deleted documents left out)."""
        key = (fieldname, text)
        found = self._postings.get(key)
        if found is not None:
            self._postings.move_to_end(key)
            return found
        found = {}
        if fieldname in self.searcher.schema:
            field = self.searcher.schema[fieldname]
            btext = field.to_bytes(text) if isinstance(text, str) else text
            for reader, offset in self.leaves:
                found.update(self._leaf_postings(reader, fieldname, btext, offset))
        self._postings[key] = found
        self._cached += len(found)
        while self._cached > MAX_CACHED_POSTINGS and len(self._postings) > 1:
            _, dropped = self._postings.popitem(last=False)
            self._cached -= len(dropped)
            self._scores.pop(id(dropped), None)
        return found

    # Scores

    def _norm(self, fieldname):
        """Per document: ``K1 * ((1 - B) + B * length / average length)`` (Whoosh's BM25F)."""
        norm = self._norms.get(fieldname)
        if norm is None:
            avgfl = self.searcher.avg_field_length(fieldname) or 1
            K1, B = self.K1, self.B
            factors = [K1 * ((1 - B) + B * length / avgfl) for length in _LENGTHS]
            norm = []
            for reader, _ in self.leaves:
                column = None
                perdoc = getattr(reader, "_perdoc", None)
                if perdoc is not None and hasattr(perdoc, "_cached_reader"):
                    column = perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
                count = reader.doc_count_all()
                if column is None:
                    norm.extend(factors[0] for _ in range(count))
                else:
                    norm.extend(factors[column[docnum]] for docnum in range(count))
            self._norms[fieldname] = norm
        return norm

    def term_scores(self, fieldname, text):
        """``{docnum: BM25F score}`` of one term, boost 1."""
        postings = self.postings(fieldname, text)
        key = id(postings)
        cached = self._scores.get(key)
        if cached is not None and cached[0] is postings:
            return cached[1]
        if not postings:
            return postings
        # Whoosh's statistics (deleted documents still counted until segments merge).
        idf = log(self.doc_count_all / (self.searcher.doc_frequency(fieldname, text) + 1)) + 1
        factor = idf * (self.K1 + 1)
        norm = self._norm(fieldname)
        scores = {docnum: factor * tf / (tf + norm[docnum]) for docnum, tf in postings.items()}
        self._scores[key] = (postings, scores)
        return scores

    # Columns

    def column(self, fieldname):
        """Every document's value of a sortable field (``""`` when it has none), as text."""
        values = self._columns.get(fieldname)
        if values is None:
            values = []
            for reader, _ in self.leaves:
                count = reader.doc_count_all()
                if reader.has_column(fieldname):
                    column = reader.column_reader(fieldname)
                    values.extend(_text(column[docnum]) for docnum in range(count))
                else:
                    values.extend("" for _ in range(count))
            self._columns[fieldname] = values
        return values


def _text(value):
    if isinstance(value, bytes):
        return value.decode("utf-8")
    return "" if value is None else str(value)


def index_data(searcher):
    """The :class:`IndexData` of an open searcher (created at its first search, dropped with it)."""
    data = getattr(searcher, "_portal_index_data", None)
    if data is None:
        data = IndexData(searcher)
        searcher._portal_index_data = data
    return data


def _scaled(scores, boost):
    if boost == 1.0:
        return scores
    return {docnum: boost * score for docnum, score in scores.items()}


def _intersect(parts):
    parts = sorted(parts, key=len)
    first = parts[0]
    if not first:
        return {}
    keys = first.keys()
    for other in parts[1:]:
        keys = keys & other.keys()
        if not keys:
            return {}
    return {docnum: sum(part[docnum] for part in parts) for docnum in keys}


def _union(parts):
    parts = sorted((part for part in parts if part), key=len, reverse=True)
    if not parts:
        return {}
    result = dict(parts[0])
    for other in parts[1:]:
        for docnum, score in other.items():
            result[docnum] = result.get(docnum, 0.0) + score
    return result


def _pairs(words):
    return [f"{first} {second}" for first, second in zip(words, words[1:], strict=False)]


def evaluate(data, query):
    """``{docnum: score}`` of every document ``query`` matches."""
    if isinstance(query, Term):
        return _scaled(data.term_scores(query.fieldname, query.text), query.boost)
    if isinstance(query, FuzzyTerm):
        words = data.searcher.reader().terms_within(query.fieldname, query.text, query.maxdist, query.prefixlength)
        return _scaled(_union([data.term_scores(query.fieldname, word) for word in words]), query.boost)
    field = PAIR_FIELDS.get(getattr(query, "fieldname", None))
    if isinstance(query, Phrase) and field in data.searcher.schema:
        words = list(query.words)
        if len(words) == 1:
            return _scaled(data.term_scores(query.fieldname, words[0]), query.boost)
        return _scaled(_intersect([data.term_scores(field, pair) for pair in _pairs(words)]), query.boost)
    if isinstance(query, AndMaybe):
        required = evaluate(data, query.a)
        return add_bonus(data, required, query.b) if required else required
    if isinstance(query, And):
        return _scaled(_intersect([evaluate(data, sub) for sub in query.subqueries]), query.boost)
    if isinstance(query, Or) and not query.minmatch:
        parts = [evaluate(data, sub) for sub in query.subqueries]
        result = _union(parts)
        if query.scale and len(parts) > 1:
            # Whoosh's CoordMatcher: documents matching more of the clauses score higher.
            total, scale = len(parts), query.scale
            matched = {}
            for part in parts:
                for docnum in part:
                    matched[docnum] = matched.get(docnum, 0) + 1
            result = {docnum: score * (1 - scale + scale * matched[docnum] / total) for docnum, score in result.items()}
        return _scaled(result, query.boost)
    return _whoosh(data, query)


def _whoosh(data, query):
    """Any other query: Whoosh's own matchers (slow but exact)."""
    results = data.searcher.search(query, limit=None, terms=False)
    return dict(results.items())


def add_bonus(data, scores, bonus):
    """``scores`` with the score of each clause of ``bonus`` (an ``Or`` or one query) added where it matches;
    the clauses never add documents (``AndMaybe``)."""
    clauses = bonus.subqueries if isinstance(bonus, Or) and not bonus.scale else [bonus]
    result = dict(scores)
    for clause in clauses:
        extra = evaluate(data, clause)
        if len(extra) < len(result):
            for docnum, score in extra.items():
                if docnum in result:
                    result[docnum] += score
        else:
            for docnum in result:
                score = extra.get(docnum)
                if score is not None:
                    result[docnum] += score
    return result


def restrict(data, scores, kind=None, year=None, school=None, allowed_schools=None):
    """Only the documents of the facet filters (and, district-wide, of the allowed schools)."""
    checks = []
    if kind:
        checks.append((data.column("kind"), kind))
    if year:
        checks.append((data.column("year"), year))
    if school:
        checks.append((data.column("schema"), school))
    if not checks and allowed_schools is None:
        return scores
    schools = data.column("schema") if allowed_schools is not None else None
    return {
        docnum: score
        for docnum, score in scores.items()
        if all(column[docnum] == value for column, value in checks)
        and (schools is None or schools[docnum] in allowed_schools)
    }


def facet_counts(data, docnums, fieldname):
    """``{value: number of documents}`` among ``docnums`` (empty values left out)."""
    column = data.column(fieldname)
    counts = {}
    for docnum in docnums:
        value = column[docnum]
        if value:
            counts[value] = counts.get(value, 0) + 1
    return counts


def top(scores, count):
    """The ``count`` best documents, best first; equal scores in index order (as Whoosh does)."""
    return [docnum for docnum, _ in heapq.nsmallest(count, scores.items(), key=lambda item: (-item[1], item[0]))]
