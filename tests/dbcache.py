"""A migrated database kept as a PostgreSQL template, shared by the unit tests and the browser tests.

Why: migrating the public schema and building the template schema is the slow part of every test run
(about 45 s a database), and it depends only on the migration files and three library versions. The
first run that migrates stores its database, right after ``ensure_template``, as ``portal_migrated``
with that fingerprint as its comment; later runs (each xdist worker, then the browser tests' server)
copy it with ``CREATE DATABASE … TEMPLATE``, a file copy of about a second, and then bring it up to
date with the current code (``migrate`` finds nothing to apply, the template is re-scaffolded).
A changed migration gives another fingerprint, so a stale copy is never used; ``PORTAL_FRESH_DB=1``
(or ``E2E_FRESH=1``) ignores the cache. Only an optimisation: any failure to copy or store it means
migrating as before.
"""

import hashlib
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE_DB = "portal_migrated"
UNHASHED_DIRS = {
    ".git",
    ".venv",
    "node_modules",
    ".pgdata",
    ".run",
    "var",
    "test-output",
    "tests",
    "docs",
    ".ruff_cache",
    "__pycache__",
    "templates",
    "static",
    "locale",
}


def admin_connection():
    """psycopg connection to the maintenance database of the configured server (embedded or DATABASE_URL)."""
    import psycopg

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    from django.conf import settings  # reading the settings starts the embedded server; no app is imported

    db = settings.DATABASES["default"]
    return psycopg.connect(
        dbname="postgres",
        user=db["USER"],
        password=db["PASSWORD"],
        host=db["HOST"],
        port=db["PORT"] or None,
        autocommit=True,
    )


def fingerprint():
    """Hash of what the migrated (not yet seeded) database depends on: every migration and the library versions."""
    from importlib.metadata import version

    digest = hashlib.sha256()
    for package in ("django", "wagtail", "django-tenants"):
        digest.update(f"{package}={version(package)}\n".encode())
    for dirpath, dirnames, filenames in os.walk(ROOT):
        dirnames[:] = sorted(d for d in dirnames if d not in UNHASHED_DIRS and not d.endswith(".egg-info"))
        if Path(dirpath).name != "migrations":
            continue
        for filename in sorted(f for f in filenames if f.endswith(".py")):
            path = Path(dirpath) / filename
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def disabled():
    return bool(os.environ.get("PORTAL_FRESH_DB") or os.environ.get("E2E_FRESH"))


def copy_into(db_name, key=None):
    """Recreate ``db_name`` as a copy of the cache when it holds ``key``; True if it did."""
    key = key or fingerprint()
    if disabled():
        return False
    try:
        with admin_connection() as conn:
            row = conn.execute(
                "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s", [CACHE_DB]
            ).fetchone()
            if not (row and row[0] == key):
                return False
            conn.execute(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{db_name}" TEMPLATE "{CACHE_DB}"')
        return True
    except Exception:  # noqa: BLE001 - e.g. a concurrent run replacing the cache: migrate instead
        return False


def store_from(db_name, key=None):
    """Keep a copy of the freshly migrated ``db_name`` (which must have no open connection) as the cache."""
    key = key or fingerprint()
    temporary = f"{CACHE_DB}_{os.getpid()}"
    try:
        with admin_connection() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{temporary}"')
            conn.execute(f'CREATE DATABASE "{temporary}" TEMPLATE "{db_name}"')
            conn.execute(f"COMMENT ON DATABASE \"{temporary}\" IS '{key}'")
            conn.execute(f'DROP DATABASE IF EXISTS "{CACHE_DB}" WITH (FORCE)')
            conn.execute(f'ALTER DATABASE "{temporary}" RENAME TO "{CACHE_DB}"')
        return True
    except Exception:  # noqa: BLE001 - the cache is an optimisation, never a failure
        return False


def drop(db_name):
    with admin_connection() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)')


LOCK_KEY = 7_406_2021  # any constant: one lock for "building the migrated cache" on this server


def lock():
    """Wait for, then hold, the right to build the cache (an open connection; ``unlock`` releases it).

    Why: on a fresh machine every xdist worker would migrate at the same time, each at half speed on a
    small machine; holding the lock, the first one migrates and stores, the others then copy its result.
    A worker that dies releases the lock with its connection.
    """
    conn = admin_connection()
    conn.execute("SELECT pg_advisory_lock(%s)", [LOCK_KEY])
    return conn


def unlock(conn):
    try:
        conn.execute("SELECT pg_advisory_unlock(%s)", [LOCK_KEY])
    finally:
        conn.close()
