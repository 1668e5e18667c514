"""Change stamps: "has anything changed since?" answered without a database query, across worker processes.

Why: the page cache and the cached host -> portal lookup must be purged the moment a school publishes,
in every gunicorn worker, and checking must cost far less than rendering. A stamp is a number that
changes whenever its scope changes; cached entries carry the stamps they were made under and are
simply never read again once a stamp has moved (they expire by their timeout).

Scopes: ``"registry"`` (portals and domains), ``"all"`` (something every portal shows: the district's
register, the registry), and one per schema. Where the cache is shared between processes and servers
(``REDIS_URL``: ``PORTAL_SHARED_CACHE``), stamps live in it; otherwise (one server, the local-memory
cache of each worker) they are the modification times of small files under ``PORTAL_STATE_DIR``, which
every worker of the machine sees (``os.stat``: microseconds).
"""

import os
import time
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django_tenants.utils import schema_context

REGISTRY = "registry"
ALL = "all"


def _directory():
    path = Path(settings.PORTAL_STATE_DIR) / "stamps"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _shared():
    return bool(getattr(settings, "PORTAL_SHARED_CACHE", False))


def read(*scopes):
    """The current stamps of ``scopes`` as one string (part of a cache key)."""
    if _shared():
        with schema_context("public"):
            found = caches["default"].get_many([f"stamp:{scope}" for scope in scopes])
        return ".".join(str(found.get(f"stamp:{scope}", 0)) for scope in scopes)
    directory = _directory()
    values = []
    for scope in scopes:
        try:
            values.append(str(os.stat(directory / scope).st_mtime_ns))
        except FileNotFoundError:
            values.append("0")
    return ".".join(values)


def bump(*scopes):
    """Mark ``scopes`` as changed now (every process sees it on its next ``read``)."""
    if _shared():
        with schema_context("public"):
            cache = caches["default"]
            for scope in scopes:
                key = f"stamp:{scope}"
                cache.add(key, 0, timeout=None)
                cache.incr(key)
        return
    directory = _directory()
    now = time.time_ns()
    for scope in scopes:
        path = directory / scope
        path.touch()
        os.utime(path, ns=(now, now))


# --- what changes which stamp (connected once by TenantsConfig.ready) -------------------------------------

DISTRICT = "district"
# Rows whose changes no visitor sees: sessions, login attempts, queues, audit trails.
IGNORED_APPS = {"sessions", "axes", "contenttypes", "migrations"}
IGNORED_MODELS = {
    "search.indexjob",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.taskstate",
    "wagtailcore.workflowstate",
    "wagtailusers.userprofile",
    "admin.logentry",
}
# Public-schema rows that only the district's pages show (the rest of the public schema: every portal).
DISTRICT_ONLY_MODELS = {"tenants.publisheditem", "tenants.portalsnapshot"}
REGISTRY_MODELS = {"tenants.portal", "tenants.domain"}


def scopes_for(model, schema_name):
    """The stamps a change of a ``model`` row in ``schema_name`` moves (empty: nobody sees it)."""
    label = model._meta.label_lower
    if model._meta.app_label in IGNORED_APPS or label in IGNORED_MODELS or label in _extra_ignored():
        return ()
    if schema_name and schema_name != "public":
        return (schema_name,)
    if label in REGISTRY_MODELS:
        return (REGISTRY, ALL)
    if label in DISTRICT_ONLY_MODELS:
        return (DISTRICT,)
    return (ALL,)


def _extra_ignored():
    return set(getattr(settings, "PORTAL_STAMP_IGNORED_MODELS", ()))


def _pending():
    from django.db import connection

    if not hasattr(connection, "_portal_pending_stamps"):
        connection._portal_pending_stamps = set()
    return connection._portal_pending_stamps


def changed(model):
    """A row of ``model`` changed in the current schema: bump now and again once the transaction commits.

    Now, so this process stops serving what it cached; at commit, so a page rendered by another worker
    between the change and the commit (still showing the old rows) is not served either.
    """
    from django.db import connection, transaction

    scopes = scopes_for(model, getattr(connection, "schema_name", "public"))
    if not scopes:
        return
    bump(*scopes)
    if not connection.in_atomic_block:
        return
    pending = _pending()
    pending.update(scopes)
    # One callback per transaction (a rolled-back savepoint drops its callback: then register again).
    if not any(item[1] is _flush_pending for item in getattr(connection, "run_on_commit", ())):
        transaction.on_commit(_flush_pending)


def _flush_pending():
    pending = _pending()
    scopes = tuple(pending)
    pending.clear()
    if scopes:
        bump(*scopes)


def _on_saved_or_deleted(sender, **kwargs):
    if kwargs.get("raw"):
        return
    changed(sender)


def _on_m2m_changed(sender, instance, action, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"}:
        changed(type(instance))


def connect():
    from django.db.models.signals import m2m_changed, post_delete, post_save

    post_save.connect(_on_saved_or_deleted, dispatch_uid="stamps_saved")
    post_delete.connect(_on_saved_or_deleted, dispatch_uid="stamps_deleted")
    m2m_changed.connect(_on_m2m_changed, dispatch_uid="stamps_m2m")
