"""Benchmark: scaling with schools (issue 15, items 4 and 5): 5 then 500 schools with 40 news and 20 documents.

Printed by ``make bench``; not a timed test. On a throw-away database:

1. the content (``scale_content``) is written once into the template, so each school provisioned by the real
   ``provision_portal`` (a clone, data included) carries it; time per school and for all of them;
2. latency of home, news list and document list of the same 5 schools (in-process WSGI, page cache off,
   ``CONN_MAX_AGE=0`` as deployed: a connection per request) with 5 schools, then with all of them;
3. database size per school (every table, index and TOAST of its schema), the system catalogs, and the
   disk of a school (media + search index folders, measured on the 5 sample schools);
4. memory: ``gunicorn portal.wsgi`` (the shipped config, one sync worker, page cache on) asked for every
   school's home page once; RSS of the worker and of the PostgreSQL backends after 100, 250, 500 schools,
   with persistent connections, with a connection per request, and with persistent connections and
   ``max_requests`` (the worker, and with it its connection, is replaced);
5. the migration step of ``upgrade_portals`` over every schema (``scale_migrate``): nothing to apply,
   serial and with ``--jobs 2``, then a real schema change (``scale_app``: a table and a column on
   ``wagtailcore_page`` in every schema) with ``--jobs 2``.

Environment: ``SCALE_SCHOOLS`` (40; the documented figures: 500), ``SCALE_ROUNDS`` (3 rounds of the latency
pages), ``SCALE_MEMORY`` (variants, comma-separated, of ``persistent,per-request,recycled,capped``; default
``persistent,capped``), ``SCALE_MIGRATE`` (``1``), ``SCALE_MIGRATE_SERIAL`` (``0``: the serial run too).
"""

import http.client
import json
import logging
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings
from django.db import connection

from tests.benchmarks.db import benchmark_database
from tests.benchmarks.scale_content import copy_media, folder_bytes, seed_template_content
from tests.benchmarks.serving_bench import call

ROOT = Path(__file__).resolve().parents[2]
# 500 schools take about half an hour on the 2-core machine (docs/benchmarks.md, "Scale"): make bench runs 100.
SCHOOLS = int(os.environ.get("SCALE_SCHOOLS", "40"))
SAMPLE = 5
ROUNDS = int(os.environ.get("SCALE_ROUNDS", "3"))
MEMORY_VARIANTS = [v for v in os.environ.get("SCALE_MEMORY", "persistent,capped").split(",") if v]
MIGRATE = os.environ.get("SCALE_MIGRATE", "1") == "1"
MIGRATE_SERIAL = os.environ.get("SCALE_MIGRATE_SERIAL", "0") == "1"
MARKS = sorted({max(1, SCHOOLS // 5), SCHOOLS // 2, SCHOOLS})  # 100, 250, 500 for 500 schools
RECYCLE_AFTER = max(20, SCHOOLS * 2 // 5)  # gunicorn max_requests of the "recycled" variant: 200 for 500
LATENCY_GOAL = 1.10
WORKER_GOAL_MB = 300
LEVELS = [("th", "Tiểu học"), ("thcs", "THCS"), ("mn", "Mầm non")]
PEOPLE = [
    "Lê Lợi",
    "Trần Hưng Đạo",
    "Nguyễn Du",
    "Hoa Sen",
    "Võ Thị Sáu",
    "Lý Thường Kiệt",
    "Chu Văn An",
    "Hoa Mai",
    "Nguyễn Trãi",
    "Kim Đồng",
]


def school_name(index):
    level, label = LEVELS[index % len(LEVELS)]
    return level, f"Trường {label} {PEOPLE[index % len(PEOPLE)]} {index + 1}"


def provision(index):
    from tenants.provisioning import provision_portal, template_schema_name

    level, name = school_name(index)
    start = time.perf_counter()
    portal = provision_portal(name, level=level)
    elapsed = time.perf_counter() - start
    copy_media(template_schema_name(), portal.schema_name)
    return portal, elapsed


def page_paths(portal):
    from django_tenants.utils import tenant_context

    from documents.models import DocumentIndexPage
    from portal.news.models import NewsIndexPage

    with tenant_context(portal):
        news = NewsIndexPage.objects.live().first().get_url_parts()[2]
        documents = DocumentIndexPage.objects.live().filter(section_key="van-ban").first().get_url_parts()[2]
    connection.set_schema_to_public()
    return {"home": "/", "news list": news, "document list": documents}


def latency(application, hosts, paths, rounds=ROUNDS):
    """Median milliseconds per page kind over ``rounds`` rounds of every sample school (one warm-up round)."""
    samples = {kind: [] for kind in paths}
    for round_index in range(rounds + 1):
        for host in hosts:
            for kind, path in paths.items():
                start = time.perf_counter()
                status, _ = call(application, host, path)
                elapsed = (time.perf_counter() - start) * 1000
                if not status.startswith("200"):
                    raise RuntimeError(f"{host}{path}: {status}")
                if round_index:
                    samples[kind].append(elapsed)
    return {kind: statistics.median(values) for kind, values in samples.items()}


def schema_sizes(schema_names):
    with connection.cursor() as cursor:
        cursor.execute(
            """SELECT n.nspname, sum(pg_total_relation_size(c.oid)) FROM pg_class c
                 JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind IN ('r', 'm', 'p') AND n.nspname = ANY(%s) GROUP BY n.nspname""",
            [list(schema_names)],
        )
        sizes = dict(cursor.fetchall())
        cursor.execute(
            """SELECT sum(pg_total_relation_size(c.oid)), (SELECT count(*) FROM pg_class)
                 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'pg_catalog' AND c.relkind = 'r'"""
        )
        catalog_bytes, relations = cursor.fetchone()
        cursor.execute("SELECT pg_database_size(current_database())")
        (database_bytes,) = cursor.fetchone()
    return sizes, catalog_bytes, relations, database_bytes


def mb(value):
    return value / 1024 / 1024


# --- memory: gunicorn and the PostgreSQL backends ---


def rss_kb(pid):
    """(VmRSS, RssAnon) of a process in kB, or None when it is gone."""
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    values = dict(line.split(":", 1) for line in text.splitlines() if ":" in line)
    return int(values["VmRSS"].split()[0]), int(values.get("RssAnon", "0 kB").split()[0])


def workers_of(master):
    path = Path(f"/proc/{master}/task/{master}/children")
    return [int(pid) for pid in path.read_text().split()] if path.exists() else []


def backends():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() "
            "AND backend_type = 'client backend'"
        )
        return [row[0] for row in cursor.fetchall()]


def free_port():
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(port, host, path="/"):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        start = time.perf_counter()
        conn.request("GET", path, headers={"Host": host})
        response = conn.getresponse()
        response.read()
        return response.status, (time.perf_counter() - start) * 1000
    finally:
        conn.close()


def wait_ready(port, process, timeout=180):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {process.returncode}")
        try:
            get(port, "127.0.0.1", "/healthz")
            return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError("gunicorn did not answer")


def child_env(**values):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.benchmarks.scale_settings",
        "SCALE_DB": connection.settings_dict["NAME"],
        "PORTAL_TEST_ROOT": str(Path(settings.MEDIA_ROOT).parent),
        **{key: str(value) for key, value in values.items()},
    }


def memory_run(variant, hosts, sample_hosts):
    """Ask a one-worker gunicorn for every school's home page; RSS at the marks. Returns the rows."""
    conn_max_age = "0" if variant == "per-request" else "600"
    max_requests = RECYCLE_AFTER if variant == "recycled" else 0
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "--config",
        str(ROOT / "deploy" / "gunicorn.conf.py"),
        "--workers",
        "1",
        "--max-requests",
        str(max_requests),
        "--max-requests-jitter",
        "0",
        "--bind",
        f"127.0.0.1:{port}",
        "portal.wsgi",
    ]
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        # "capped": kept connections closed after 50 schemas (tenants.connections); the others uncapped.
        env=child_env(CONN_MAX_AGE=conn_max_age, PORTAL_CONN_MAX_SCHEMAS="50" if variant == "capped" else "0"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    rows = []
    try:
        wait_ready(port, process)

        def mark(count, label=None):
            workers = workers_of(process.pid)  # recycled: the newest worker when two overlap
            worker_rss = rss_kb(workers[-1]) if workers else None
            pg = [value for value in (rss_kb(pid) for pid in backends()) if value]
            rows.append((label or str(count), worker_rss, pg))

        home_ms = []
        for count, host in enumerate(hosts, start=1):
            status, elapsed = get(port, host)
            if status != 200:
                raise RuntimeError(f"{host}: {status}")
            home_ms.append(elapsed)
            if count == 1:
                mark(count, "1 (after warm-up)")
            if count in MARKS or count == len(hosts) and count not in MARKS:
                mark(count)
        # Second pass over the first 100 (page cache hits for most): does the worker keep growing?
        for host in hosts[:100]:
            get(port, host)
        mark(len(hosts), f"{len(hosts)} + 100 again")
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
    return rows, statistics.median(home_ms)


def print_memory(variant, rows, median_home):
    what = {
        "persistent": "CONN_MAX_AGE=600, no max_requests",
        "per-request": "CONN_MAX_AGE=0 (a connection per request), no max_requests",
        "recycled": f"CONN_MAX_AGE=600, max_requests={RECYCLE_AFTER}",
        "capped": "CONN_MAX_AGE=600, closed after 50 schemas (PORTAL_CONN_MAX_SCHEMAS, the default)",
    }[variant]
    print(f"  {variant}: {what}; first-visit home page median {median_home:.0f} ms through gunicorn")
    print(
        f"    {'schools asked':<22} {'worker RSS':>11} {'worker anon':>12} {'PG backends':>12} "
        f"{'backend RSS':>12} {'backend anon':>13}"
    )
    for label, worker, pg in rows:
        worker_text = f"{worker[0] / 1024:8.0f} MB {worker[1] / 1024:9.0f} MB" if worker else f"{'-':>11} {'-':>12}"
        if pg:
            backend_text = f"{max(v[0] for v in pg) / 1024:9.0f} MB {max(v[1] for v in pg) / 1024:10.0f} MB"
        else:
            backend_text = f"{'-':>12} {'-':>13}"
        print(f"    {label:<22} {worker_text} {len(pg):>12} {backend_text}")


# --- migrations ---


def migrate_run(jobs, extra_app=False):
    from portal.ops.models import SchemaUpgrade

    SchemaUpgrade.objects.all().delete()  # each run migrates every schema again
    connection.close()
    result = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.scale_migrate", str(jobs)],
        cwd=ROOT,
        env=child_env(SCALE_EXTRA_APP="1" if extra_app else "0"),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        raise RuntimeError(f"scale_migrate failed: {result.stderr[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def goal_line(label, met):
    print(f"    goal {label}: {'MET' if met else 'NOT MET'}")
    return met


def report_provisioning(times, bulk_seconds, content, content_seconds):
    total = len(times)
    print(f"Content written once in the template: {content[0]} news, {content[1]} documents ({content_seconds:.1f} s)")
    print(f"Provisioning {total} schools (clone of the template with its content, + media copy)")
    print(
        f"  per school: median {statistics.median(times) * 1000:.0f} ms, first {SAMPLE} "
        f"{statistics.median(times[:SAMPLE]) * 1000:.0f} ms, last 50 {statistics.median(times[-50:]) * 1000:.0f} ms, "
        f"max {max(times) * 1000:.0f} ms"
    )
    print(f"  all {total}: {sum(times):.0f} s of provisioning ({bulk_seconds:.0f} s wall after the first {SAMPLE})")


def report_latency(small, large, total):
    print(f"Latency (in-process WSGI, page cache off, median of {ROUNDS} rounds x {SAMPLE} schools)")
    print(f"    {'page':<15} {SAMPLE:>5} schools {total:>5} schools   ratio")
    met = True
    for kind in small:
        ratio = large[kind] / small[kind]
        print(f"    {kind:<15} {small[kind]:10.0f} ms {large[kind]:10.0f} ms   {ratio:5.2f}x")
        met &= ratio <= LATENCY_GOAL
    goal_line(f"every page at {total} schools within {LATENCY_GOAL:.2f}x of {SAMPLE}", met)


def report_sizes(small, large, total, media, search):
    sizes, catalog_bytes, relations, database_bytes = large
    print("Size")
    print(
        f"  database per school (tables + indexes + TOAST of its schema): median "
        f"{mb(statistics.median(sizes.values())):.2f} MB (with {SAMPLE} schools: "
        f"{mb(statistics.median(small[0].values())):.2f} MB)"
    )
    print(
        f"  system catalogs: {mb(small[1]):.0f} MB, {small[2]} relations with {SAMPLE} schools -> "
        f"{mb(catalog_bytes):.0f} MB, {relations} relations with {total}"
    )
    print(
        f"  whole database with {total} schools: {mb(database_bytes):.0f} MB "
        f"({mb(database_bytes / total):.2f} MB per school)"
    )
    print(
        f"  disk per school: media {mb(statistics.median(media)):.2f} MB + search index "
        f"{mb(statistics.median(search)):.2f} MB (median of the {SAMPLE} sample schools)"
    )


def report_memory(variant, rows, median_home):
    print_memory(variant, rows, median_home)
    workers = [row[1][0] / 1024 for row in rows if row[1]]
    if variant != "per-request" and workers:
        grew = workers[-1] - workers[0]
        goal_line(
            f"{variant}: worker under {WORKER_GOAL_MB} MB (max {max(workers):.0f} MB; "
            f"{grew:+.0f} MB from after warm-up to the end)",
            max(workers) < WORKER_GOAL_MB,
        )


def report_migration(label, result):
    print(
        f"    {label:<32} {result['seconds']:7.1f} s  ({result['schemas']} schemas, "
        f"{result['seconds'] / max(1, result['schemas']) * 1000:.0f} ms per schema)",
        flush=True,
    )


def run():
    """Every figure is printed as soon as it is measured (a long run that fails late keeps the rest)."""
    from django_tenants.utils import tenant_context

    from portal.search.indexing import rebuild_portal
    from portal.wsgi import application
    from tenants.provisioning import ensure_template

    settings.PORTAL_PAGE_CACHE = False
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, ".edu.vn"]
    logging.getLogger("tenants.provisioning").setLevel(logging.WARNING)
    results = {}
    with benchmark_database("scale"):
        start = time.perf_counter()
        template = ensure_template()
        content = seed_template_content(template)
        content_seconds = time.perf_counter() - start
        connection.set_schema_to_public()

        times, portals = [], []
        for index in range(SAMPLE):
            portal, elapsed = provision(index)
            portals.append(portal)
            times.append(elapsed)
        sample = list(portals)
        hosts = [portal.primary_hostname for portal in sample]
        paths = page_paths(sample[0])
        latency_small = latency(application, hosts, paths)
        sizes_small = schema_sizes([portal.schema_name for portal in sample])

        start = time.perf_counter()
        for index in range(SAMPLE, SCHOOLS):
            portal, elapsed = provision(index)
            portals.append(portal)
            times.append(elapsed)
            if (index + 1) % 100 == 0:
                print(f"  ... {index + 1} schools provisioned", flush=True)
        bulk_seconds = time.perf_counter() - start
        connection.set_schema_to_public()
        report_provisioning(times, bulk_seconds, content, content_seconds)
        results["provision_median_ms"] = statistics.median(times) * 1000
        total = len(portals)

        latency_large = latency(application, hosts, paths)
        report_latency(latency_small, latency_large, total)
        results["latency"] = {kind: latency_large[kind] / latency_small[kind] for kind in paths}

        for portal in sample:
            with tenant_context(portal):
                rebuild_portal(portal, mirror=False)
            connection.set_schema_to_public()
        media = [folder_bytes(Path(settings.MEDIA_ROOT) / p.schema_name) for p in sample]
        search = [folder_bytes(Path(settings.SEARCH_ROOT) / p.schema_name) for p in sample]
        report_sizes(sizes_small, schema_sizes([portal.schema_name for portal in portals]), total, media, search)
        sys.stdout.flush()

        all_hosts = [portal.primary_hostname for portal in portals]
        if MEMORY_VARIANTS:
            print("Memory after asking every school's home page once (gunicorn, 1 sync worker, page cache on)")
        for variant in MEMORY_VARIANTS:
            report_memory(variant, *memory_run(variant, all_hosts, hosts))
            sys.stdout.flush()

        if MIGRATE:
            print(f"Migration step of upgrade_portals over {total} schools + template (public schema first)")
            if MIGRATE_SERIAL:
                report_migration("nothing to apply, serial", migrate_run(1))
            report_migration("nothing to apply, --jobs 2", migrate_run(2))
            report_migration("new table + column, --jobs 2", migrate_run(2, extra_app=True))
    return results
