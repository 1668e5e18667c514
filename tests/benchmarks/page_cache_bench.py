"""Benchmark: a demo school's home page through the whole WSGI stack, uncached, cached, and the ceiling.

Printed by ``make bench``; not a timed test. In one process, on a throw-away database with the demo
district and one demo school: the same WSGI call (``portal.wsgi.application``) with the page cache off
and on, and a bare WSGI application returning the same bytes (the ceiling of any Python handler),
measured in the same run so the ratios hold on a noisy machine. No network: what is measured is the
portal's own cost per request; ``wrk`` against gunicorn adds the same server cost to all three.
"""

import io
import statistics
import time

from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection

from tests.benchmarks.db import benchmark_database

ROUNDS = 200


def environ(host, path="/"):
    return {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": host,
        "SERVER_PORT": "80",
        "HTTP_HOST": host,
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": io.StringIO(),
        "SERVER_PROTOCOL": "HTTP/1.1",
    }


def call(app, host, path="/"):
    status = []
    body = b"".join(app(environ(host, path), lambda s, h, exc_info=None: status.append(s)))
    return status[0], body


def per_second(app, host, path="/", rounds=ROUNDS):
    """Requests per second and the median milliseconds of one request (after a warm-up call)."""
    call(app, host, path)  # warm-up (and, with the cache on, the first store)
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        call(app, host, path)
        samples.append(time.perf_counter() - start)
    return rounds / sum(samples), statistics.median(samples) * 1000


def count_statements(app, host, path="/"):
    """SQL statements of one request (Django resets ``connection.queries`` when a request starts)."""
    statements = []
    with connection.execute_wrapper(lambda execute, sql, *args: statements.append(sql) or execute(sql, *args)):
        call(app, host, path)
    return len(statements)


def run():
    from demo.management.commands.seed_demo import demo_schema
    from demo.portals import DISTRICT, SCHOOLS
    from portal.wsgi import application
    from tenants.models import Portal
    from tenants.provisioning import ensure_template

    with benchmark_database("pagecache"):
        ensure_template()
        school = next(demo for demo in SCHOOLS if demo.level == "thcs")
        for demo in (DISTRICT, school):
            call_command("seed_demo", only=demo_schema(demo), stdout=io.StringIO())
        connection.set_schema_to_public()
        host = Portal.objects.get(schema_name=demo_schema(school)).primary_hostname
        settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, host]

        settings.PORTAL_PAGE_CACHE = False
        status, page = call(application, host)
        queries = count_statements(application, host)
        uncached_rps, uncached_ms = per_second(application, host, rounds=ROUNDS // 4)
        news_rps, news_ms = per_second(application, host, "/tin-tuc/", rounds=ROUNDS // 4)
        settings.PORTAL_PAGE_CACHE = True
        caches["default"].clear()
        cached_rps, cached_ms = per_second(application, host)
        hit_queries = count_statements(application, host)
        cached_status, cached_page = call(application, host)

        def bare(environ, start_response):
            start_response("200 OK", [("Content-Type", "text/html; charset=utf-8")])
            return [page]

        ceiling_rps, ceiling_ms = per_second(bare, host)

    print(f"School home page ({len(page) / 1024:.0f} KB, {status}), one process, median of the rounds")
    print(f"  uncached   {uncached_rps:8.0f} req/s  {uncached_ms:7.2f} ms  ({queries} SQL statements)")
    print(f"  news list  {news_rps:8.0f} req/s  {news_ms:7.2f} ms  (uncached)")
    print(f"  cached     {cached_rps:8.0f} req/s  {cached_ms:7.2f} ms  ({hit_queries} SQL statements)")
    print(f"  ceiling    {ceiling_rps:8.0f} req/s  {ceiling_ms:7.3f} ms  (bare WSGI app, same bytes)")
    same = cached_status == status and cached_page == page
    print(f"  cached page byte-identical to the uncached one: {same}")
    share = cached_rps / ceiling_rps
    print(f"  cached / bare app in one process: {share:.3f} (no HTTP server in either: see docs/benchmarks.md)")
    print(f"  cached / uncached: {cached_rps / uncached_rps:.0f}x")
    return {"uncached_rps": uncached_rps, "cached_rps": cached_rps, "ceiling_rps": ceiling_rps}
