"""A real server of the project for the browser tests and the Lighthouse script.

Why not pytest-django's ``live_server``: its transactional flush wipes the
public schema (the portal registry) after each test, and it runs in a thread
of the test process. Here the project runs as it does in production: a fresh
database of its own, ``setup_portals`` + ``seed_demo`` in subprocesses, then
gunicorn with sync workers (docs/architecture.md, pitfall 4), static files from
whitenoise, DEBUG off. Every portal answers on ``http://<schema>.localhost:<port>/``
(Chromium resolves ``*.localhost`` to the loopback address itself). The migrated
database is cached as a PostgreSQL template (``prepare_database``); the demo
content is always seeded by the current code.
"""

import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests import dbcache

ROOT = dbcache.ROOT
SETTINGS = "tests.e2e.settings"
DB_PREFIX = "portal_e2e"  # one database per run: portal_e2e_<pid>
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# Without the background-networking flags Chromium's own connections are refused on a closed network.
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Commands of the search app, run after seeding when they exist (``DISCOVER`` lists the commands).
SEARCH_COMMANDS = (["rebuild_search", "--no-progress"], ["search_worker", "--once"])


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def recreate_database(name):
    with dbcache.admin_connection() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


DISCOVER = """
import json
from django_tenants.utils import schema_context
from tenants.models import Portal
from wagtail.models import Page, Site

out = {"portals": [], "pages": []}
for portal in Portal.objects.exclude(kind="template").order_by("id"):
    out["portals"].append({"schema": portal.schema_name, "kind": portal.kind, "name": portal.name,
                           "level": portal.level})
    with schema_context(portal.schema_name):
        site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
        root = site.root_page
        seen = set()
        for page in Page.objects.live().public().descendant_of(root, inclusive=True).order_by("path").specific():
            label = page._meta.label
            if label in seen:
                continue
            seen.add(label)
            out["pages"].append({"schema": portal.schema_name, "type": label, "title": page.title,
                                 "id": page.id, "path": page.url_path[len(root.url_path) - 1:]})
from django.core.management import get_commands
out["commands"] = sorted(get_commands())
print("E2E-JSON" + json.dumps(out, ensure_ascii=False))
"""


@dataclass
class Server:
    """A running server: ``url(schema, path)`` builds the address of a page of a portal."""

    port: int
    root: Path
    db_name: str
    process: subprocess.Popen | None = None
    portals: list = field(default_factory=list)
    pages: list = field(default_factory=list)
    commands: set = field(default_factory=set)

    def url(self, schema, path="/"):
        return f"http://{schema}.localhost:{self.port}{path}"

    @property
    def district(self):
        return next(p for p in self.portals if p["kind"] == "district")

    def school(self, schema=None):
        schools = [p for p in self.portals if p["kind"] == "school"]
        if schema:
            return next(p for p in schools if p["schema"] == schema)
        # The demo's secondary school has every section of a school (THCS Nguyễn Viết Xuân).
        return next((p for p in schools if p["level"] == "thcs"), schools[0])

    def pages_of(self, schema):
        return [p for p in self.pages if p["schema"] == schema]

    def env(self):
        return server_env(self.port, self.root, self.db_name)

    def manage(self, *args, timeout=600):
        return manage(self.env(), *args, timeout=timeout)

    def save(self, path):
        """Describe the running server in a JSON file (``E2E_ATTACH``: later runs reuse it, for debugging)."""
        data = {k: getattr(self, k) for k in ("port", "db_name", "portals", "pages")}
        Path(path).write_text(json.dumps(dict(data, root=str(self.root), commands=sorted(self.commands))))

    @classmethod
    def load(cls, path):
        data = json.loads(Path(path).read_text())
        return cls(
            port=data["port"],
            root=Path(data["root"]),
            db_name=data["db_name"],
            portals=data["portals"],
            pages=data["pages"],
            commands=set(data["commands"]),
        )


def server_env(port, root, db_name):
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": SETTINGS,
            "PORTAL_E2E_DB": db_name,
            "PORTAL_TEST_ROOT": str(root),
            "PORTAL_DEV_PORT": str(port),
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])),
            "PYTHONWARNINGS": "ignore",
        }
    )
    return env


def manage(env, *args, timeout=600):
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"manage.py {' '.join(args)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
        )
    return result.stdout


def wait_until_ready(server, timeout=120):
    host = f"{server.district['schema']}.localhost:{server.port}"
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"server exited with {server.process.returncode}: see {server.root / 'server.log'}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
            conn.request("GET", "/", headers={"Host": host})
            status = conn.getresponse().status
            conn.close()
            if status == 200:
                return
            last_error = f"HTTP {status}"
        except OSError as error:
            last_error = error
        time.sleep(0.2)
    raise RuntimeError(f"server not ready after {timeout} s: {last_error}")


def prepare_database(server, log=print):
    """The run's database: migrated (copied from ``tests.dbcache`` while no migration changed), then seeded.

    Migrating the public and template schemas is the slow half (about 45 s); it only depends on the
    migration files, so it is cached as a PostgreSQL template database (the unit tests, which run
    first in ``make test``, usually stored it). ``setup_portals --skip-migrate`` then re-scaffolds the
    template with the current code, exactly as after a deploy, and ``seed_demo`` always runs with the
    current code, its schools in parallel. ``E2E_FRESH=1`` ignores the cache.
    """
    key = dbcache.fingerprint()
    # Seed without the port: stored links then use the official domains, whatever port serves them.
    env = dict(server.env(), PORTAL_DEV_PORT="")
    # Under the unit tests' lock: when both suites start together (make test), one of them migrates
    # and the other copies its result instead of migrating a second time.
    held = None if dbcache.disabled() else dbcache.lock()
    try:
        if dbcache.copy_into(server.db_name, key):
            if held is not None:
                dbcache.unlock(held)
                held = None
            manage(env, "setup_portals", "--skip-migrate")
            log(f"e2e: migrated database from cache {key}")
        else:
            recreate_database(server.db_name)
            manage(env, "setup_portals")
            if not dbcache.store_from(server.db_name, key):
                log("e2e: could not cache the migrated database")
    finally:
        if held is not None:
            dbcache.unlock(held)
    manage(env, "seed_demo", "--jobs", "0", timeout=1200)


def start(log=print):
    """Fresh database, portals, demo content, search index; then gunicorn. Returns a ``Server``."""
    started = time.monotonic()
    root = Path(tempfile.mkdtemp(prefix="portal-e2e-"))
    server = Server(port=free_port(), root=root, db_name=f"{DB_PREFIX}_{os.getpid()}")
    prepare_database(server, log)
    found = json.loads(server.manage("shell", "-c", DISCOVER).split("E2E-JSON", 1)[1])
    server.portals, server.pages, server.commands = found["portals"], found["pages"], set(found["commands"])
    for command in SEARCH_COMMANDS:
        if command[0] in server.commands:
            server.manage(*command)
    log(f"e2e: database and demo ready in {time.monotonic() - started:.1f} s")
    server.process = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "portal.wsgi:application",
            "--bind",
            f"127.0.0.1:{server.port}",
            "--workers",
            "3",
            "--worker-class",
            "sync",
            "--timeout",
            "60",
            "--log-level",
            "warning",
            "--error-logfile",
            str(root / "server.log"),
        ],
        cwd=ROOT,
        env=server.env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    wait_until_ready(server)
    log(f"e2e: server on port {server.port} after {time.monotonic() - started:.1f} s")
    return server


def stop(server, keep_files=False):
    if server.process is not None and server.process.poll() is None:
        os.killpg(server.process.pid, signal.SIGTERM)
        try:
            server.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(server.process.pid, signal.SIGKILL)
            server.process.wait()
    dbcache.drop(server.db_name)
    if not keep_files:
        shutil.rmtree(server.root, ignore_errors=True)


def main():
    """``python -m tests.e2e.server [FILE]``: start the server and keep it running until Ctrl-C.

    With FILE, write its description there; ``E2E_ATTACH=FILE pytest -m e2e`` then reuses it.
    """
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    server = start()
    if len(sys.argv) > 1:
        server.save(sys.argv[1])
    print(f"Ready: {server.url(server.district['schema'])} (Ctrl-C stops and drops {server.db_name})", flush=True)
    signal.signal(signal.SIGTERM, lambda *args: sys.exit(0))
    try:
        while server.process.poll() is None:
            time.sleep(1)
    except KeyboardInterrupt:
        pass
    finally:
        stop(server)


if __name__ == "__main__":
    main()
