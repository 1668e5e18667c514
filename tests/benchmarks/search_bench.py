"""Benchmark: one portal of 20,000 generated documents, Whoosh (our Vietnamese index) vs PostgreSQL.

Measures indexing throughput (one writer in bulk, as ``rebuild_search`` does, and small batches, as the
worker does), then the same queries (without diacritics, exact, upper case, NFD, and the forgiving
kinds: abbreviation, typo, i/y + numeral, a word found nowhere, a document number) through:

* Whoosh, end to end as the results page calls it (``portal.search.query.search_indexes``: synonyms,
  fallbacks, top 10, facets by type and year, highlighted snippets) with the searcher kept open
  across queries (``portal.search.searchers``), and with the index reopened per query (before);
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
from tests.benchmarks.search_corpus import QUERIES, corpus
from tests.benchmarks.timing import RUNS, goal, ratio_line, report, timed_runs

DOCUMENTS = 20_000
SCHEMA = "bench_search"
P95_GOAL_MS = 50
MEDIAN_RATIO_GOAL = 2.0


def index_whoosh(documents):
    from whoosh.filedb.filestore import FileStorage

    from portal.search import storage
    from portal.search.writing import write_batch

    folder = storage.new_version(SCHEMA)
    start = time.perf_counter()
    ix = FileStorage(str(folder)).open_index()
    writer = ix.writer(limitmb=256)
    for document in documents:
        writer.add_document(**document)
    writer.commit()
    ix.close()
    bulk = time.perf_counter() - start
    storage.activate(SCHEMA, folder)
    # The worker's path: small batches through the locking writer (documents replaced by id).
    batch = documents[:1000]
    start = time.perf_counter()
    for offset in range(0, len(batch), 50):
        write_batch(SCHEMA, updates=batch[offset : offset + 50])
    batches = time.perf_counter() - start
    return bulk, len(batch) / batches


def load_postgres(documents):
    from django.db import connection

    from portal.search.indexing import database_row
    from portal.search.models import SearchDocument

    start = time.perf_counter()
    SearchDocument.objects.bulk_create((database_row(document) for document in documents), batch_size=1000)
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
    from portal.search import searchers
    from portal.search.query import build_query
    from portal.search.synonyms import expand

    searcher = searchers.acquire(SCHEMA)
    return [hit.docnum for hit in searcher.search(build_query(expand(words)), limit=10)]


def run():
    from portal.search import searchers
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
        start = time.perf_counter()
        documents = corpus(DOCUMENTS, schemas=(SCHEMA,))
        generated = time.perf_counter() - start
        words_per_doc = statistics.mean(len(document["text"].split()) for document in documents)
        bulk, batch_rate = index_whoosh(documents)
        with benchmark_database():
            pg_load = load_postgres(documents)
            counts = [(whoosh(item).total, postgres(item).total) for item in parsed]
            whoosh_full = timed_runs(whoosh, parsed)
            whoosh_cold = timed_runs(whoosh, parsed, runs=1, before=searchers.discard)
            pg_full = timed_runs(postgres, parsed)
            whoosh_rank = timed_runs(lambda item: whoosh_ranking(item[0]), parsed, runs=1)
            pg_rank = timed_runs(lambda item: postgres_ranking(item[0]), parsed, runs=1)
    finally:
        searchers.discard()
        settings.SEARCH_ROOT = previous_root
        shutil.rmtree(root, ignore_errors=True)

    print(
        f"Corpus: {DOCUMENTS:,} generated Vietnamese documents in one portal, {words_per_doc:.0f} words each on "
        f"average (generated in {generated:.1f} s); {len(QUERIES)} queries x {RUNS} runs"
    )
    print("Indexing")
    print(f"    Whoosh, one writer (rebuild_search):   {DOCUMENTS / bulk:8.0f} docs/s  ({bulk:.1f} s)")
    print(f"    Whoosh, batches of 50 (search_worker): {batch_rate:8.0f} docs/s")
    print(f"    PostgreSQL rows + GIN (SearchDocument): {DOCUMENTS / pg_load:7.0f} docs/s  ({pg_load:.1f} s)")
    print("Search, end to end (synonyms + fallbacks, top 10, facets by type and year, highlighted snippets)")
    w_med, w_p95 = report("Whoosh, searcher kept open", whoosh_full)
    report("Whoosh, reopened per query (1 run)", whoosh_cold)
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
