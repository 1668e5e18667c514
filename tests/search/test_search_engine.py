"""The set-based evaluation of queries (portal.search.engine) gives what Whoosh's matchers give, and the
postings it keeps with an open searcher follow the index when pages are added or unpublished."""

import pytest
from whoosh.filedb.filestore import RamStorage
from whoosh.query import And, AndMaybe, Or, Phrase, Term

from portal.search import engine, searchers
from portal.search.schema import build_whoosh_schema
from portal.search.service import run_search
from portal.search.worker import drain
from tests.search.conftest import add_page, container

TEXTS = [
    "Học sinh giỏi cấp trường năm học 2025, học sinh sinh hoạt",
    "Sinh hoạt dưới cờ của học sinh khối 6",
    "Giáo viên học tập chuyên đề sinh học",
    "Học bạ và sổ điểm của học sinh",
    "Lịch học của giáo viên chủ nhiệm",
    "Kế hoạch sinh hoạt chuyên môn",
]


def document(number, text):
    return {
        "id": f"core.sectionpage.{number}",
        "text": text,
        "text_exact": text,
        "title": text,
        "title_exact": text,
        "text_pairs": text,
        "title_pairs": text,
        "kind": "core.sectionpage",
        "year": "2025",
        "schema": "school",
    }


@pytest.fixture
def searcher():
    """Three segments, one deleted document: docnums are global, deletions left out."""
    ix = RamStorage().create_index(build_whoosh_schema())
    for start in range(0, len(TEXTS), 2):
        with ix.writer() as writer:
            for number in range(start, min(start + 2, len(TEXTS))):
                writer.add_document(**document(number, TEXTS[number]))
    with ix.writer() as writer:
        writer.delete_by_term("id", "core.sectionpage.3")
    with ix.searcher() as opened:
        assert len(opened.leaf_searchers()) > 1
        yield opened


def whoosh_scores(searcher, query):
    return {docnum: round(score, 6) for docnum, score in searcher.search(query, limit=None).items()}


def our_scores(searcher, query):
    return {docnum: round(score, 6) for docnum, score in engine.evaluate(engine.index_data(searcher), query).items()}


@pytest.mark.parametrize(
    "query",
    [
        Term("text", "hoc"),
        Term("title", "sinh", boost=3.0),
        And([Term("text", "hoc"), Term("text", "sinh")]),
        Or([Term("text", "giao"), Term("text", "ke")]),
        And([Or([Term("text", "hoc"), Term("text", "lich")]), Term("text", "vien")]),
        AndMaybe(Term("text", "hoc"), Or([Term("title", "sinh", boost=3.0), Term("text_exact", "học2")])),
    ],
)
def test_terms_and_compounds_score_as_whoosh_does(searcher, query):
    assert our_scores(searcher, query) == whoosh_scores(searcher, query)


@pytest.mark.parametrize(
    "words", [["hoc", "sinh"], ["cua", "hoc", "sinh"], ["hoc", "sinh", "gioi"], ["sinh", "hoat", "chuyen", "mon"]]
)
def test_a_phrase_matches_neighbouring_words_only(searcher, words):
    """Found through the word pairs, checked with positions from three words on, scored as Whoosh does."""
    query = Phrase("text", words, boost=2.0)
    assert our_scores(searcher, query) == whoosh_scores(searcher, query)


def test_pairs_of_a_longer_phrase_elsewhere_in_the_text_are_not_the_phrase(searcher):
    # "học sinh" and "sinh giỏi" are both in document 0, but not "học sinh sinh giỏi".
    assert our_scores(searcher, Phrase("text", ["hoc", "sinh", "sinh", "gioi"])) == {}


def test_facets_and_filters_read_the_columns(searcher):
    data = engine.index_data(searcher)
    matches = engine.evaluate(data, Term("text", "hoc"))
    assert engine.facet_counts(data, matches, "year") == {"2025": len(matches)}
    assert engine.restrict(data, matches, year="2024") == {}
    assert engine.restrict(data, matches, allowed_schools={"other"}) == {}
    assert engine.restrict(data, matches, allowed_schools={"school"}) == matches


def test_kept_postings_follow_pages_added_and_unpublished(school_a, in_portal, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), in_portal(school_a):
        first = add_page(container(), "Hội thao xyzspeed mùa xuân", "Thi chạy tiếp sức.")
    drain(schemas=[school_a.schema_name])
    assert run_search(school_a, "hoi thao xyzspeed").total == 1
    opened = searchers.acquire(school_a.schema_name)

    with django_capture_on_commit_callbacks(execute=True), in_portal(school_a):
        add_page(container(), "Hội thao xyzspeed mùa thu", "Thi kéo co.")
    drain(schemas=[school_a.schema_name])
    outcome = run_search(school_a, "hoi thao xyzspeed")
    assert outcome.total == 2 and searchers.acquire(school_a.schema_name) is not opened

    with django_capture_on_commit_callbacks(execute=True), in_portal(school_a):
        type(first).objects.get(pk=first.pk).unpublish()
    drain(schemas=[school_a.schema_name])
    outcome = run_search(school_a, "hoi thao xyzspeed")
    assert [hit.url for hit in outcome.hits] != [] and outcome.total == 1
    assert "mùa thu" in outcome.hits[0].title_html


def test_an_index_built_before_the_pair_fields_still_answers_phrases():
    """Until ensure_indexes rebuilds it, an older index answers phrases through Whoosh's own matchers."""
    schema = build_whoosh_schema()
    schema.remove("text_pairs")
    schema.remove("title_pairs")
    ix = RamStorage().create_index(schema)
    with ix.writer() as writer:
        for number, text in enumerate(TEXTS):
            fields = {key: value for key, value in document(number, text).items() if not key.endswith("_pairs")}
            writer.add_document(**fields)
    with ix.searcher() as opened:
        query = Phrase("text", ["hoc", "sinh"], boost=2.0)
        assert our_scores(opened, query) == whoosh_scores(opened, query) != {}


def test_kept_scores_are_bounded_by_the_size_of_the_index(searcher, monkeypatch):
    monkeypatch.setattr(engine, "MIN_CACHED", 3)
    monkeypatch.setattr(engine, "CACHED_PER_DOCUMENT", 0)
    data = engine.IndexData(searcher)
    for word in ("hoc", "sinh", "giao", "vien"):
        engine.evaluate(data, Term("text", word))
    assert data._cached <= 3 or len(data._scores) == 1  # least recently used terms dropped
    assert our_scores(searcher, Term("text", "hoc")) == whoosh_scores(searcher, Term("text", "hoc"))
