"""Benchmark: the portal served as production serves it, measured with wrk (issue 15, items 1-3 and 6).

On a throw-away database with the demo district and its THCS school (search indexes built), gunicorn
runs the production settings (``tests/benchmarks/serve_settings.py``: sync workers, whitenoise with the
collected, hashed static files, DEBUG off, persistent connections), like ``make serve``. Measured in
the same run, so the ratios hold on a noisy machine:

- the ceiling: a bare WSGI app returning the same bytes under the same gunicorn (``bare_app``);
- the school home page from the page cache (anonymous visitor);
- "uncached": page cache off, the per-portal fragment cache on (what a visitor with a cookie, or the
  first visitor after the page cache expired, gets; the issue counts fragment caching as uncached);
- "cold": page and fragment caches off (the first visit right after a publication);
- the news list uncached, and the home page uncached with a new database connection per request;
- where the time of an uncached request goes (in-process: SQL, connecting, the rest);
- the load run: 100 connections for 60 s over home, article, document list, search and the district
  home, with the page cache on as in production: errors and non-2xx/3xx answers must be zero.

Needs Debian's ``wrk`` (``apt-get install wrk``); without it the benchmark says so and stops.
"""

import io
import os
import re
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack, contextmanager
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django_tenants.utils import schema_context

from tests.benchmarks.db import benchmark_database
from tests.ops.ops_helpers import free_port, wait_for_port

ROOT = Path(__file__).resolve().parents[2]
WRK = shutil.which("wrk")
WORKERS = 2
SHORT = 5  # seconds of each wrk measurement
LOAD_SECONDS = int(os.environ.get("BENCH_LOAD_SECONDS", "60"))
LOAD_CONNECTIONS = 100
# Goals of issue 15.
CEILING_SHARE_GOAL = 0.5
UNCACHED_RPS_GOAL = 150
UNCACHED_ALONE_MS_GOAL = 10.0
INCUMBENT = "NukeViet 4.5.05: 153 req/s at 20 connections, 8.8 ms alone (issue 15)"

LOAD_SCRIPT = """
local requests = {}
local counter = 0
init = function(args)
  for i, spec in ipairs(args) do
    local host, path = spec:match("([^ ]+) (.+)")
    requests[i] = wrk.format("GET", path, {["Host"] = host})
  end
end
request = function()
  counter = counter + 1
  return requests[(counter % #requests) + 1]
end
"""


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
    """One in-process WSGI request: (status, body)."""
    status = []
    body = b"".join(app(environ(host, path), lambda s, h, exc_info=None: status.append(s)))
    return status[0], body


def server_env(db_name, **extra):
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "tests.benchmarks.serve_settings",
            "PORTAL_BENCH_DB": db_name,
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": ".edu.vn,.localhost,localhost,127.0.0.1",
            "SECURE_SSL_REDIRECT": "0",
            "SESSION_COOKIE_SECURE": "0",
            "PORTAL_URL_SCHEME": "http",
            "PORTAL_TWO_FACTOR_REQUIRED": "0",
            "MEDIA_ROOT": str(settings.MEDIA_ROOT),
            "SEARCH_ROOT": str(settings.SEARCH_ROOT),
            "STATIC_ROOT": str(settings.STATIC_ROOT),
            "PORTAL_STATE_DIR": str(settings.PORTAL_STATE_DIR),
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])),
            "PYTHONWARNINGS": "ignore",
        }
    )
    env.pop("REDIS_URL", None)
    env.update({key: str(value) for key, value in extra.items()})
    return env


@contextmanager
def gunicorn(env, app="portal.wsgi:application", log=None):
    """A gunicorn with ``WORKERS`` sync workers on a free port (the shipped gunicorn.conf.py); yields the port."""
    port = free_port()
    env = dict(env, GUNICORN_BIND=f"127.0.0.1:{port}", GUNICORN_WORKERS=WORKERS)
    env = {key: str(value) for key, value in env.items()}
    process = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "-c",
            str(ROOT / "deploy" / "gunicorn.conf.py"),
            "--access-logfile",
            "/dev/null",
            "--error-logfile",
            str(log or os.devnull),
            app,
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        wait_for_port(port, timeout=60, process=process)
        yield port
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def parse_wrk(output):
    def number(pattern, default=0.0):
        found = re.search(pattern, output)
        return float(found.group(1)) if found else default

    latency = {}
    for share, value, unit in re.findall(r"^\s+(50|75|90|99)%\s+([\d.]+)(us|ms|s)\s*$", output, re.MULTILINE):
        latency[int(share)] = float(value) * UNITS[unit]
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    return {
        "rps": number(r"Requests/sec:\s+([\d.]+)"),
        "requests": int(number(r"(\d+) requests in")),
        "p50": latency.get(50, 0.0),
        "p99": latency.get(99, 0.0),
        "non_2xx": int(number(r"Non-2xx or 3xx responses: (\d+)")),
        "socket_errors": sum(int(n) for n in errors.groups()) if errors else 0,
        "error_detail": errors.group(0) if errors else "no socket errors",
    }


def wrk(port, host, path="/", connections=20, seconds=SHORT, script=None, args=()):
    threads = 1 if connections == 1 else 2
    command = [WRK, f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    if script:
        command += ["-s", str(script)]
    else:
        command += ["-H", f"Host: {host}"]
    command.append(f"http://127.0.0.1:{port}{path}")
    if args:
        command += ["--", *args]
    result = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60, check=False)
    return parse_wrk(result.stdout)


def warm(port, host, path="/", times=3):
    import http.client

    for _ in range(times):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.request("GET", path, headers={"Host": host})
        response = conn.getresponse()
        body = response.read()
        conn.close()
    return response.status, body


def line(label, figures, note=""):
    print(
        f"  {label:<34} {figures['rps']:8.0f} req/s   p50 {figures['p50']:7.2f} ms   p99 {figures['p99']:7.2f} ms"
        f"   errors {figures['socket_errors'] + figures['non_2xx']}{('   ' + note) if note else ''}"
    )


def goal(label, met):
    print(f"    goal {label}: {'MET' if met else 'NOT MET'}")
    return met


class SqlTimer:
    """``connection.execute_wrapper``: adds each statement's time and count to the given one-item lists."""

    def __init__(self, seconds, count):
        self.seconds, self.count = seconds, count

    def __call__(self, execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds[0] += time.perf_counter() - start
            self.count[0] += 1


def where_time_goes(host, rounds=40):
    """In-process: per uncached request (fragments on), time in SQL, in connecting, and in Python."""
    from portal.wsgi import application

    settings.PORTAL_PAGE_CACHE = False
    # Persistent connections, as production has them (the test settings open one per request).
    max_age = connection.settings_dict["CONN_MAX_AGE"]
    connection.settings_dict["CONN_MAX_AGE"] = 600
    connection.close()
    results = {}
    for label, fragments_on in (("fragments on", True), ("cold (no cache)", False)):
        settings.PORTAL_FRAGMENT_CACHE = fragments_on
        call(application, host)
        call(application, host)
        sql_time, count, totals = [0.0], [0], []
        with connection.execute_wrapper(SqlTimer(sql_time, count)):
            for _ in range(rounds):
                start = time.perf_counter()
                call(application, host)
                totals.append(time.perf_counter() - start)
        results[label] = (statistics.median(totals) * 1000, sql_time[0] / rounds * 1000, count[0] / rounds)
    connection.settings_dict["CONN_MAX_AGE"] = max_age
    connects = []
    for _ in range(10):
        connection.close()
        start = time.perf_counter()
        connection.ensure_connection()
        connects.append(time.perf_counter() - start)
    settings.PORTAL_FRAGMENT_CACHE = True
    return results, statistics.median(connects) * 1000


def discover(school_schema, district_schema):
    from documents.models import DocumentIndexPage
    from portal.news.models import NewsArticlePage
    from tenants.models import Portal

    with schema_context(school_schema):
        article = NewsArticlePage.objects.live().public().order_by("-first_published_at").first()
        index = DocumentIndexPage.objects.filter(section_key="van-ban").first() or DocumentIndexPage.objects.first()
        article_path = article.get_url_parts()[2]
        documents_path = index.get_url_parts()[2]
    connection.set_schema_to_public()
    school_host = Portal.objects.get(schema_name=school_schema).primary_hostname
    district_host = Portal.objects.get(schema_name=district_schema).primary_hostname
    return school_host, district_host, article_path, documents_path


def run():
    if not WRK:
        print("wrk is not installed (apt-get install wrk): serving benchmark skipped")
        return None
    from demo.management.commands.seed_demo import demo_schema
    from demo.portals import DISTRICT, SCHOOLS
    from tenants.provisioning import ensure_template

    with benchmark_database("serving"), ExitStack() as stack:
        ensure_template()
        school = next(demo for demo in SCHOOLS if demo.level == "thcs")
        for demo in (DISTRICT, school):
            call_command("seed_demo", only=demo_schema(demo), stdout=io.StringIO())
        call_command("rebuild_search", no_progress=True, stdout=io.StringIO())
        connection.set_schema_to_public()
        host, district_host, article, documents = discover(demo_schema(school), demo_schema(DISTRICT))
        settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, host, district_host]
        breakdown, connect_ms = where_time_goes(host)
        db_name = connection.settings_dict["NAME"]
        connection.close()

        env = server_env(db_name)
        subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), "collectstatic", "--noinput", "--verbosity", "0"],
            cwd=ROOT,
            env=env,
            check=True,
            timeout=600,
        )
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="serving-bench-")))
        servers = {
            "cached": stack.enter_context(gunicorn(env, log=folder / "cached.log")),
            "uncached": stack.enter_context(gunicorn(dict(env, PORTAL_PAGE_CACHE=0), log=folder / "uncached.log")),
            "cold": stack.enter_context(
                gunicorn(dict(env, PORTAL_PAGE_CACHE=0, PORTAL_FRAGMENT_CACHE=0), log=folder / "cold.log")
            ),
            "new-connection": stack.enter_context(
                gunicorn(dict(env, PORTAL_PAGE_CACHE=0, CONN_MAX_AGE=0), log=folder / "newconn.log")
            ),
        }
        status, page = warm(servers["cached"], host)
        cached_status, cached_page = warm(servers["cached"], host)
        (folder / "page.html").write_bytes(page)
        servers["bare"] = stack.enter_context(
            gunicorn(dict(env, BARE_PAGE=str(folder / "page.html")), app="tests.benchmarks.bare_app:application")
        )
        for name in ("uncached", "cold", "new-connection"):
            warm(servers[name], host)
            warm(servers[name], host, "/tin-tuc/")

        print(f"School home page {host} ({len(page) / 1024:.0f} KB, HTTP {status}); gunicorn, {WORKERS} sync workers,")
        print(f"production settings; wrk on loopback, {SHORT} s per line; {INCUMBENT}")
        figures = {}
        print("One request at a time (1 connection):")
        for label, key, path in (
            ("bare WSGI app (ceiling)", "bare", "/"),
            ("home, page cache", "cached", "/"),
            ("home, uncached (fragments)", "uncached", "/"),
            ("home, cold (no cache at all)", "cold", "/"),
            ("home, uncached, CONN_MAX_AGE=0", "new-connection", "/"),
            ("news list, uncached", "uncached", "/tin-tuc/"),
        ):
            figures[(key, path, 1)] = result = wrk(servers[key], host, path, connections=1)
            line(label, result)
        print("20 connections:")
        for label, key, path in (
            ("bare WSGI app (ceiling)", "bare", "/"),
            ("home, page cache", "cached", "/"),
            ("home, uncached (fragments)", "uncached", "/"),
            ("home, cold (no cache at all)", "cold", "/"),
            ("news list, uncached", "uncached", "/tin-tuc/"),
        ):
            figures[(key, path, 20)] = result = wrk(servers[key], host, path, connections=20)
            line(label, result)

        ceiling = figures[("bare", "/", 20)]["rps"]
        cached = figures[("cached", "/", 20)]["rps"]
        uncached = figures[("uncached", "/", 20)]
        alone = figures[("uncached", "/", 1)]["p50"]
        print("Ratios (same run):")
        print(f"  page cache / ceiling        {cached / ceiling:.3f}")
        print(f"  uncached / ceiling          {uncached['rps'] / ceiling:.4f}")
        print(f"  page cache / uncached       {cached / uncached['rps']:.1f}x")
        print(f"  uncached / cold             {uncached['rps'] / figures[('cold', '/', 20)]['rps']:.1f}x")
        print(f"  uncached / NukeViet 153     {uncached['rps'] / 153:.2f}")
        same = cached_page == page and cached_status == status
        print(f"  cached page byte-identical to the first (uncached) answer: {same}")
        share = cached / ceiling
        goal(f"page cache >= {CEILING_SHARE_GOAL} of the ceiling ({share:.3f})", share >= CEILING_SHARE_GOAL)
        rps = uncached["rps"]
        goal(f"uncached home >= {UNCACHED_RPS_GOAL} req/s at 20 connections ({rps:.0f})", rps >= UNCACHED_RPS_GOAL)
        goal(f"uncached home alone <= {UNCACHED_ALONE_MS_GOAL:g} ms ({alone:.2f} ms)", alone <= UNCACHED_ALONE_MS_GOAL)

        print("Where an uncached home page's time goes (in process, median of 40, no HTTP):")
        for label, (total, sql, count) in breakdown.items():
            print(
                f"  {label:<16} {total:6.2f} ms: SQL {sql:5.2f} ms in {count:.0f} statements, "
                f"Python (routing, templates, middleware) {total - sql:5.2f} ms"
            )
        print(f"  a new PostgreSQL connection: {connect_ms:.2f} ms (paid per request with CONN_MAX_AGE=0)")

        paths = [f"{host} /", f"{host} {article}", f"{host} {documents}", f"{host} /tim-kiem/?q=tuyen+sinh"]
        paths.append(f"{district_host} /")
        script = folder / "load.lua"
        script.write_text(LOAD_SCRIPT)
        for target in paths:
            name, path = target.split(" ", 1)
            warm(servers["cached"], name, path, times=2)
        cached_port = servers["cached"]
        load = wrk(cached_port, host, connections=LOAD_CONNECTIONS, seconds=LOAD_SECONDS, script=script, args=paths)
        print(f"Load: {LOAD_CONNECTIONS} connections, {LOAD_SECONDS} s, home, article, documents, search, district:")
        line("mixed, page cache on", load, note=f"{load['requests']} requests")
        print(f"    {load['error_detail']}; non-2xx/3xx answers: {load['non_2xx']}")
        goal("no errors and no non-2xx/3xx answer under load", load["socket_errors"] == 0 and load["non_2xx"] == 0)
        log = (folder / "cached.log").read_text(errors="replace")
        logged = len(re.findall(r"\[ERROR\]|Traceback", log))
        print(f"  server errors logged: {logged}")
    return {"ceiling_rps": ceiling, "cached_rps": cached, "uncached_rps": uncached["rps"], "load": load}
