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
  (``analysis.PairFilter``); a two-word phrase is exactly one term, a longer one is checked with the
  word positions in the few documents holding all its pairs (scored as Whoosh does: its words' sum);
* ``And`` / ``Or`` (with Whoosh's coordination ``scale``) / ``AndMaybe`` / ``FuzzyTerm``: sums of scores
  over intersections and unions; any other query is left to Whoosh.

One evaluation gives every match with its score: the count and facets come from its keys (facet
values read once per searcher from the sortable columns), the page from a top-k of its values. Whoosh's
``optimize``/block-quality skipping would not help: it needs plain term queries and a limit, and
the count and facets need every match anyway.
https://whoosh.readthedocs.io/en/latest/api/codec/base.html
"""

import heapq
from collections import Counter, OrderedDict
from math import log

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher
from whoosh.columns import VarBytesColumn
from whoosh.query import And, AndMaybe, FuzzyTerm, Or, Phrase, Term
from whoosh.reading import TermNotFound
from whoosh.scoring import BM25F

PAIR_FIELDS = {"text": "text_pairs", "title": "title_pairs"}
# Scored postings kept per searcher (entries summed over terms), least recently used dropped first,
# about 90 bytes each: 60 per document of the index (a school of 2,000 pages: ~11 MB), at least
# 20,000 and at most 1,000,000 (~90 MB, a 20,000-document index); a process keeps up to
# searchers.MAX_OPEN searchers per thread.
CACHED_PER_DOCUMENT = 60
MIN_CACHED, MAX_CACHED = 20_000, 1_000_000


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
        self._scores = OrderedDict()
        self._cached = 0
        self._limit = min(MAX_CACHED, max(MIN_CACHED, CACHED_PER_DOCUMENT * self.doc_count_all))
        self._norms = {}
        self._columns = {}

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
        """``{docnum: term frequency}`` of one term (deleted documents left out); not kept."""
        found = {}
        if fieldname in self.searcher.schema:
            field = self.searcher.schema[fieldname]
            btext = field.to_bytes(text) if isinstance(text, str) else text
            for reader, offset in self.leaves:
                found.update(self._leaf_postings(reader, fieldname, btext, offset))
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
                    norm.extend(factors[length] for length in _length_bytes(column, count))
            self._norms[fieldname] = norm
        return norm

    def term_scores(self, fieldname, text):
        """``{docnum: BM25F score}`` of every document holding one term (kept, most recent first)."""
        key = (fieldname, text)
        scores = self._scores.get(key)
        if scores is not None:
            self._scores.move_to_end(key)
            return scores
        postings = self.postings(fieldname, text)
        if postings:
            # Whoosh's statistics (deleted documents still counted until segments merge).
            idf = log(self.doc_count_all / (self.searcher.doc_frequency(fieldname, text) + 1)) + 1
            factor = idf * (self.K1 + 1)
            norm = self._norm(fieldname)
            scores = {docnum: factor * tf / (tf + norm[docnum]) for docnum, tf in postings.items()}
        else:
            scores = postings
        self._keep(key, scores)
        return scores

    def _keep(self, key, scores):
        self._scores[key] = scores
        self._cached += len(scores)
        while self._cached > self._limit and len(self._scores) > 1:
            _, dropped = self._scores.popitem(last=False)
            self._cached -= len(dropped)

    def phrase_scores(self, fieldname, words):
        """``{docnum: score}`` of the documents holding ``words`` in a row in ``text`` or ``title``, found
        with the neighbouring pairs (``text_pairs``/``title_pairs``); from three words on, the pairs'
        documents are checked for the whole phrase with the word positions. Kept like a term."""
        key = (fieldname, tuple(words))
        scores = self._scores.get(key)
        if scores is not None:
            self._scores.move_to_end(key)
            return scores
        found = _intersect([self.term_scores(PAIR_FIELDS[fieldname], pair) for pair in _pairs(words)])
        if len(words) > 2 and found:
            found = self._in_a_row(fieldname, words, found)
        scores = dict.fromkeys(found, 0.0)
        for word in words:  # Whoosh scores a phrase as the sum of its words' scores
            word_scores = self.term_scores(fieldname, word)
            scores = {docnum: score + word_scores[docnum] for docnum, score in scores.items()}
        self._keep(key, scores)
        return scores

    def _in_a_row(self, fieldname, words, candidates):
        field = self.searcher.schema[fieldname]
        kept = {}
        for reader, offset in self.leaves:
            end = offset + reader.doc_count_all()
            local = sorted(docnum - offset for docnum in candidates if offset <= docnum < end)
            if not local:
                continue
            positions = {}
            for word in set(words):
                try:
                    matcher = reader.postings(fieldname, field.to_bytes(word))
                except TermNotFound:
                    break
                found = positions[word] = {}
                for docnum in local:
                    if not matcher.is_active():
                        break
                    if matcher.id() < docnum:
                        matcher.skip_to(docnum)
                    if matcher.is_active() and matcher.id() == docnum:
                        found[docnum] = set(matcher.value_as("positions"))
            else:
                for docnum in local:
                    places = [positions[word].get(docnum) for word in words]
                    if all(places) and any(
                        all(start + i in places[i] for i in range(1, len(words))) for start in places[0]
                    ):
                        kept[docnum + offset] = candidates[docnum + offset]
        return kept

    # Columns

    def column(self, fieldname):
        """Every document's value of a sortable field (``""`` when it has none), as text."""
        values = self._columns.get(fieldname)
        if values is None:
            values = []
            for reader, _ in self.leaves:
                count = reader.doc_count_all()
                if reader.has_column(fieldname):
                    values.extend(_column_values(reader.column_reader(fieldname), count))
                else:
                    values.extend("" for _ in range(count))
            self._columns[fieldname] = values
        return values


def _length_bytes(column, count):
    """Every document's encoded field length (one byte each) from Whoosh's lengths column."""
    stored = getattr(column, "_count", None)
    if getattr(column, "_fixedlen", None) == 1 and stored is not None and hasattr(column, "_dbfile"):
        # One read of the contiguous bytes (documents past the written ones have length 0).
        data = column._dbfile.get(column._basepos, stored) if stored else b""
        return bytes(data[:count]) + bytes(max(0, count - len(data)))
    return [column[docnum] for docnum in range(count)]


def _column_values(column, count):
    """Every document's value of a sortable ID column as text, from one read of Whoosh's bytes."""
    raw = column.raw_column() if hasattr(column, "raw_column") else column
    if not isinstance(raw, VarBytesColumn.Reader):
        return [_text(column[docnum]) for docnum in range(count)]
    offsets, lengths = raw._offsets, raw._lengths
    end = max((offset + length for offset, length in zip(offsets, lengths, strict=True)), default=0)
    blob = bytes(raw._dbfile.get(raw._basepos, end)) if end else b""
    texts = {}
    values = []
    for offset, length in zip(offsets, lengths, strict=True):
        value = blob[offset : offset + length]
        text = texts.get(value)
        if text is None:
            text = texts[value] = value.decode("utf-8")
        values.append(text)
    return values[:count] + [""] * (count - len(values))


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
    """Documents in every part, their scores summed (the parts are never modified)."""
    if len(parts) == 1:
        return parts[0]
    parts = sorted(parts, key=len)
    first = parts[0]
    if not first:
        return {}
    keys = first.keys()
    for other in parts[1:]:
        keys = keys & other.keys()
        if not keys:
            return {}
    result = {docnum: first[docnum] for docnum in keys}
    for other in parts[1:]:
        result = {docnum: score + other[docnum] for docnum, score in result.items()}
    return result


def _union(parts):
    parts = sorted((part for part in parts if part), key=len, reverse=True)
    if len(parts) <= 1:
        return parts[0] if parts else {}
    result = dict(parts[0])
    for other in parts[1:]:
        for docnum, score in other.items():
            result[docnum] = result.get(docnum, 0.0) + score
    return result


def _pairs(words):
    return [f"{first} {second}" for first, second in zip(words, words[1:], strict=False)]


def _leaf(data, query):
    """``(scores, boost)`` of a term or phrase, scores unboosted (shared with the cache); else None."""
    if isinstance(query, Term):
        return data.term_scores(query.fieldname, query.text), query.boost
    field = PAIR_FIELDS.get(getattr(query, "fieldname", None))
    if isinstance(query, Phrase) and field in data.searcher.schema:
        words = list(query.words)
        if len(words) == 1:
            return data.term_scores(query.fieldname, words[0]), query.boost
        return data.phrase_scores(query.fieldname, words), query.boost
    return None


def evaluate(data, query):
    """``{docnum: score}`` of every document ``query`` matches (do not modify: may be a cached dict)."""
    leaf = _leaf(data, query)
    if leaf is not None:
        return _scaled(*leaf)
    if isinstance(query, FuzzyTerm):
        words = data.searcher.reader().terms_within(query.fieldname, query.text, query.maxdist, query.prefixlength)
        return _scaled(_union([data.term_scores(query.fieldname, word) for word in words]), query.boost)
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
            matched = Counter(docnum for part in parts for docnum in part)
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
        extra, boost = _leaf(data, clause) or (evaluate(data, clause), 1.0)
        for docnum in result.keys() & extra.keys():
            result[docnum] += boost * extra[docnum]
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
    counts = Counter(map(data.column(fieldname).__getitem__, docnums))
    counts.pop("", None)
    return dict(counts)


def top(scores, count):
    """The ``count`` best documents, best first; equal scores in index order (as Whoosh does)."""
    if count <= 0 or not scores:
        return []
    threshold = heapq.nlargest(count, scores.values())[-1]
    best = [(-score, docnum) for docnum, score in scores.items() if score >= threshold]
    best.sort()
    return [docnum for _, docnum in best[:count]]
