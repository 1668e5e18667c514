"""Benchmark: the district's "all schools" search over 500 portals of 40 documents, Whoosh vs PostgreSQL.

Whoosh answers from the one district-wide index (``portal.search.district``), as the results page
does: synonyms and fallbacks, top 10, facets by type, year and school, the non-active portals masked
out (here: 25 of the 500 are deactivated). For comparison, the old design (every school's index
opened and combined per query) is timed on a sample of 20 portals. The 20,000 documents and their
index are the ones of ``search_bench`` (``search_corpus.shared_index``, built once per run).
PostgreSQL runs the fallback's query (``database_search``) over the same 20,000 rows restricted to
the 475 active schemas.

Goals (issue 16): p95 under 150 ms, Whoosh median within 2x of PostgreSQL's.
"""

import shutil
import statistics
import tempfile

from django.conf import settings

from tests.benchmarks.db import benchmark_database
from tests.benchmarks.search_bench import load_postgres
from tests.benchmarks.search_corpus import QUERIES, SCHOOLS, shared_corpus, shared_index
from tests.benchmarks.timing import RUNS, goal, ratio_line, report, timed_runs

PORTALS = 500
PER_PORTAL = 40
INACTIVE_EVERY = 20  # 25 deactivated portals, masked out
OLD_DESIGN_SAMPLE = 20  # (was 100: indexing them cost more than every other measure)
P95_GOAL_MS = 150
MEDIAN_RATIO_GOAL = 2.0


def build_indexes(documents, schemas):
    """The district index (the shared 20,000 documents, built once in bulk) and, for the old design, the
    first schools' own indexes."""
    from whoosh.filedb.filestore import FileStorage

    from portal.search import storage

    folder, built = shared_index()
    storage.activate(storage.DISTRICT_INDEX, folder)
    sample = set(schemas[:OLD_DESIGN_SAMPLE])
    by_schema = {}
    for document in documents:
        if document["schema"] in sample:
            by_schema.setdefault(document["schema"], []).append(document)
    for schema, docs in by_schema.items():
        folder = storage.new_version(schema)
        ix = FileStorage(str(folder)).open_index()
        writer = ix.writer()
        for document in docs:
            writer.add_document(**document)
        writer.commit()
        ix.close()
        storage.activate(schema, folder)
    return built


def run():
    from portal.search import searchers
    from portal.search.analysis import query_words
    from portal.search.fallback import database_search
    from portal.search.numbers import number_keys
    from portal.search.query import search_indexes

    schemas = list(SCHOOLS)
    active = [name for index, name in enumerate(schemas) if index % INACTIVE_EVERY]
    root = tempfile.mkdtemp(prefix="district-bench-")
    previous_root, settings.SEARCH_ROOT = settings.SEARCH_ROOT, root
    parsed = [(query_words(query), number_keys(query)) for query in QUERIES]
    allowed = set(active)

    def whoosh(item):
        return search_indexes(active, item[0], codes=item[1], district=True, allowed_schools=allowed)

    def old_design(item):
        return search_indexes(schemas[:OLD_DESIGN_SAMPLE], item[0], codes=item[1])

    def postgres(item):
        return database_search(active, item[0])

    try:
        documents, _ = shared_corpus()
        built = build_indexes(documents, schemas)
        with benchmark_database("district"):
            load_postgres(documents)
            counts = [(whoosh(item).total, postgres(item).total) for item in parsed]
            schools = statistics.median(len(whoosh(item).schools) for item in parsed)
            whoosh_times = timed_runs(whoosh, parsed)
            old_times = timed_runs(old_design, parsed, runs=1)
            pg_times = timed_runs(postgres, parsed)
    finally:
        searchers.discard()
        settings.SEARCH_ROOT = previous_root
        shutil.rmtree(root, ignore_errors=True)

    print(
        f"Corpus: {PORTALS} portals x {PER_PORTAL} documents = {PORTALS * PER_PORTAL:,}, "
        f"{PORTALS - len(active)} portals deactivated (masked); {len(QUERIES)} queries x {RUNS} runs"
    )
    print(
        f"    district index built in {built:.1f} s (one writer, shared); median {schools:.0f} schools per facet list"
    )
    print("District-wide search, end to end (synonyms + fallbacks, top 10, facets by type, year and school)")
    w_med, w_p95 = report("Whoosh, district index", whoosh_times)
    report(f"Whoosh, {OLD_DESIGN_SAMPLE} indexes/query (1 run)", old_times)
    p_med, p_p95 = report("PostgreSQL", pg_times)
    ratio_line(w_med, w_p95, p_med, p_p95)
    same = sum(1 for whoosh_hits, pg_hits in counts if whoosh_hits == pg_hits)
    print(f"Hit counts agree on {same}/{len(counts)} queries")
    print("Goals, district-wide (end to end)")
    goal("Whoosh p95", w_p95, P95_GOAL_MS)
    goal("Whoosh median / PostgreSQL median", w_med / p_med, MEDIAN_RATIO_GOAL, unit="x")
    return {"whoosh_median_ms": w_med, "whoosh_p95_ms": w_p95, "pg_median_ms": p_med, "pg_p95_ms": p_p95}
