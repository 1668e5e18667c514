"""Benchmark: one portal of 20,000 generated documents, Whoosh (our Vietnamese index) vs PostgreSQL.

Measures indexing throughput (one writer in bulk, as ``rebuild_search`` does, built once and shared
with ``district_search_bench``, and small batches, as the worker does), then the same queries
(without diacritics, exact, upper case, NFD, and the forgiving kinds: abbreviation, typo, i/y +
numeral, a word found nowhere, a document number) through:

* Whoosh, end to end as the results page calls it (``portal.search.query.search_indexes``: synonyms,
  fallbacks, top 10, facets by type and year, highlighted snippets) with the searcher kept open
  across queries (``portal.search.searchers``, its decoded postings kept with it: ``portal.search.engine``),
  and with the index reopened per query (cold: every posting list decoded again);
* PostgreSQL, end to end as the fallback calls it (``portal.search.fallback.database_search`` over
  ``SearchDocument``: the same synonym slots as a ``to_tsquery``, GIN index), and ranking only.

Goals (issue 16): p95 under 50 ms, Whoosh median within 2x of PostgreSQL's. Printed by ``make bench``;
runs on a throw-away database and a temporary index folder. The district-wide case is
``district_search_bench``; the corpus and queries are in ``search_corpus``.
"""

import shutil
import statistics
import tempfile
import time

from django.conf import settings

from tests.benchmarks.db import benchmark_database
from tests.benchmarks.search_corpus import DOCUMENTS, QUERIES, shared_corpus, shared_index
from tests.benchmarks.timing import RUNS, goal, ratio_line, report, timed_runs

SCHEMA = "bench_search"
WORKER_SCHEMA = "bench_worker"
WORKER_DOCUMENTS = 300
P95_GOAL_MS = 50
MEDIAN_RATIO_GOAL = 2.0


def worker_batches(folder, count=WORKER_DOCUMENTS):
    """Documents per second through the worker's path (batches of 50 through the locking writer, each
    replacing documents by id) into a copy of the 20,000-document index."""
    from portal.search import storage
    from portal.search.writing import write_batch

    documents, _ = shared_corpus()
    copy = storage.search_root() / "bench_worker_copy"
    shutil.copytree(folder, copy)
    storage.activate(WORKER_SCHEMA, copy)
    batch = documents[:count]
    start = time.perf_counter()
    for offset in range(0, len(batch), 50):
        write_batch(WORKER_SCHEMA, updates=batch[offset : offset + 50])
    return len(batch) / (time.perf_counter() - start)


def load_postgres(documents, schema_name=None):
    """The documents as ``SearchDocument`` rows (all in ``schema_name`` when given, else each in its own)."""
    from django.db import connection

    from portal.search.indexing import database_row
    from portal.search.models import SearchDocument

    start = time.perf_counter()
    rows = (database_row({**document, "schema": schema_name} if schema_name else document) for document in documents)
    SearchDocument.objects.bulk_create(rows, batch_size=1000)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE portal_search_searchdocument")
    return time.perf_counter() - start


def postgres_ranking(words):
    from django.contrib.postgres.search import SearchRank
    from django.db.models import F

    from portal.search.fallback import _query
    from portal.search.models import SearchDocument
    from portal.search.synonyms import expand

    query = _query(expand(words))
    rows = (
        SearchDocument.objects.filter(schema_name=SCHEMA, vector=query)
        .annotate(rank=SearchRank(F("vector"), query))
        .order_by("-rank", "pk")
        .values_list("page_id", flat=True)
    )
    return list(rows[:10])


def whoosh_ranking(words):
    from portal.search import engine, searchers
    from portal.search.query import build_query
    from portal.search.synonyms import expand

    data = engine.index_data(searchers.acquire(SCHEMA))
    return engine.top(engine.evaluate(data, build_query(expand(words))), 10)


def run():
    from portal.search import searchers, storage
    from portal.search.analysis import query_words
    from portal.search.fallback import database_search
    from portal.search.numbers import number_keys
    from portal.search.query import search_indexes

    root = tempfile.mkdtemp(prefix="search-bench-")
    previous_root, settings.SEARCH_ROOT = settings.SEARCH_ROOT, root
    parsed = [(query_words(query), number_keys(query)) for query in QUERIES]

    def whoosh(item):
        return search_indexes([SCHEMA], item[0], codes=item[1])

    def postgres(item):
        return database_search([SCHEMA], item[0])

    try:
        documents, generated = shared_corpus()
        words_per_doc = statistics.mean(len(document["text"].split()) for document in documents)
        folder, bulk = shared_index()
        storage.activate(SCHEMA, folder)
        with benchmark_database():
            pg_load = load_postgres(documents, SCHEMA)
            counts = [(whoosh(item).total, postgres(item).total) for item in parsed]
            whoosh_full = timed_runs(whoosh, parsed)
            whoosh_cold = timed_runs(whoosh, parsed, runs=1, before=searchers.discard)
            pg_full = timed_runs(postgres, parsed)
            whoosh_rank = timed_runs(lambda item: whoosh_ranking(item[0]), parsed, runs=1)
            pg_rank = timed_runs(lambda item: postgres_ranking(item[0]), parsed, runs=1)
        batch_rate = worker_batches(folder)
    finally:
        searchers.discard()
        settings.SEARCH_ROOT = previous_root
        shutil.rmtree(root, ignore_errors=True)

    print(
        f"Corpus: {DOCUMENTS:,} generated Vietnamese documents in one portal, {words_per_doc:.0f} words each on "
        f"average (generated in {generated:.1f} s); {len(QUERIES)} queries x {RUNS} runs"
    )
    print("Indexing")
    print(f"    Whoosh, one writer (rebuild_search):   {DOCUMENTS / bulk:8.0f} docs/s  ({bulk:.1f} s, shared)")
    print(f"    Whoosh, batches of 50 (search_worker): {batch_rate:8.0f} docs/s  ({WORKER_DOCUMENTS} documents)")
    print(f"    PostgreSQL rows + GIN (SearchDocument): {DOCUMENTS / pg_load:7.0f} docs/s  ({pg_load:.1f} s)")
    print("Search, end to end (synonyms + fallbacks, top 10, facets by type and year, highlighted snippets)")
    w_med, w_p95 = report("Whoosh, searcher kept open", whoosh_full)
    report("Whoosh, reopened per query (1 run: cold caches)", whoosh_cold)
    p_med, p_p95 = report("PostgreSQL", pg_full)
    ratio_line(w_med, w_p95, p_med, p_p95)
    print("Search, ranking only (top 10, 1 run)")
    wr_med, wr_p95 = report("Whoosh", whoosh_rank)
    pr_med, pr_p95 = report("PostgreSQL", pg_rank)
    ratio_line(wr_med, wr_p95, pr_med, pr_p95)
    same = sum(1 for whoosh_hits, pg_hits in counts if whoosh_hits == pg_hits)
    print(
        f"Hit counts agree on {same}/{len(counts)} queries (median hits per query: "
        f"{statistics.median(c[0] for c in counts):.0f} Whoosh, {statistics.median(c[1] for c in counts):.0f} "
        "PostgreSQL)"
    )
    print("Goals, one portal (end to end)")
    goal("Whoosh p95", w_p95, P95_GOAL_MS)
    goal("Whoosh median / PostgreSQL median", w_med / p_med, MEDIAN_RATIO_GOAL, unit="x")
    return {"whoosh_median_ms": w_med, "whoosh_p95_ms": w_p95, "pg_median_ms": p_med, "pg_p95_ms": p_p95}
