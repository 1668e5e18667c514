"""Persistent database connections that do not grow without bound across hundreds of schemas.

Why: a PostgreSQL backend keeps the catalog and relation caches of every schema it has served, about
0.65 MB each (docs/benchmarks.md, "Scale"): a connection kept across requests (``CONN_MAX_AGE``) that
serves 500 schools grows past 300 MB, per worker. Opening a connection per request avoids that but costs
milliseconds on every uncached page. So connections are kept, and closed at the end of the request in
which they served more than ``PORTAL_CONN_MAX_SCHEMAS`` different schemas (the next request opens a
fresh backend). A school's visitors mostly hit one worker's cache anyway; this bounds the rest.
"""

from django.conf import settings
from django.db import connections

DEFAULT_MAX_SCHEMAS = 50


def close_if_crowded(conn, limit):
    """Note the schema ``conn`` served in this request; close it once it served more than ``limit``."""
    raw = conn.connection
    if raw is None:
        return False
    served = getattr(conn, "_portal_served", None)
    if served is None or served[0] is not raw:  # a new connection since: start counting again
        served = conn._portal_served = (raw, set())
    served[1].add(getattr(conn, "schema_name", "public"))
    if limit and len(served[1]) > limit and not conn.in_atomic_block:
        conn.close()
        conn._portal_served = None
        return True
    return False


def close_crowded_connections(**kwargs):
    """``request_finished``: every open connection of this thread, against ``PORTAL_CONN_MAX_SCHEMAS``."""
    limit = getattr(settings, "PORTAL_CONN_MAX_SCHEMAS", DEFAULT_MAX_SCHEMAS)
    for conn in connections.all(initialized_only=True):
        close_if_crowded(conn, limit)


def connect():
    from django.core.signals import request_finished

    request_finished.connect(close_crowded_connections, dispatch_uid="tenants_crowded_connections")
