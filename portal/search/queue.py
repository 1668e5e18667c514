"""Append index work to the public-schema queue after the transaction commits.

Why a queue rather than haystack's realtime processor: Whoosh allows one writer at a time, and a
writer inside a request either waits on the lock or loses the update (docs/architecture.md, Search and feeds). Here
a request only inserts small rows after commit (nothing is queued for a rolled-back change); the
worker (``portal.search.worker``) applies them with a single writer per portal.

Events are collected in a per-thread buffer and written by one ``bulk_create``; every event registers
an ``on_commit`` flush, the first one that runs writes everything buffered and the others find the
buffer empty. A flush may carry an event of a rolled-back transaction: harmless, since the worker
indexes or removes each object according to its state in the database.
https://docs.wagtail.org/en/stable/reference/signals.html
"""

import logging
import threading

from django.db import connection, transaction
from wagtail.models import Page

from portal.search.models import IndexJob

logger = logging.getLogger(__name__)

_buffer = threading.local()


def _pending():
    if not hasattr(_buffer, "events"):
        _buffer.events = {}
    return _buffer.events


def indexing_schema():
    """The schema whose changes are indexed now, or None (public schema, the never-routed template)."""
    tenant = getattr(connection, "tenant", None)
    schema_name = getattr(connection, "schema_name", "public")
    if schema_name == "public" or getattr(tenant, "kind", None) == "template":
        return None
    return schema_name


def model_label(instance_or_model):
    """Pages are keyed as ``wagtailcore.page``: every page type shares the Page id space."""
    model = instance_or_model if isinstance(instance_or_model, type) else type(instance_or_model)
    return Page._meta.label_lower if issubclass(model, Page) else model._meta.label_lower


def enqueue(label, object_ids, action="update", schema_name=None):
    """Queue ``(schema, label, id, action)`` for each id, written after the current transaction commits."""
    schema_name = schema_name or indexing_schema()
    if schema_name is None:
        return
    events = _pending()
    for object_id in object_ids:
        events[(schema_name, label, int(object_id))] = action
    transaction.on_commit(flush, robust=True)


def flush():
    """Write the buffered events (one INSERT); a no-op when another flush already did."""
    events = _pending()
    if not events:
        return
    jobs = [
        IndexJob(schema_name=schema, model_label=label, object_id=object_id, action=action)
        for (schema, label, object_id), action in events.items()
    ]
    events.clear()
    # The connection may be in any tenant schema: the table lives in public, which is on the search path.
    IndexJob.objects.bulk_create(jobs)


def enqueue_page(page, action="update"):
    enqueue(model_label(Page), [page.pk], action)


def enqueue_subtree(page_or_id, action="update"):
    """Queue a page and all its descendants (their URL or visibility changed with it)."""
    page = page_or_id if isinstance(page_or_id, Page) else Page.objects.filter(pk=page_or_id).first()
    if page is None:
        return
    # Re-read the path: after a move the instance given by the signal may hold the old one.
    page = Page.objects.filter(pk=page.pk).only("path", "depth").first()
    if page is None:
        return
    ids = Page.objects.filter(path__startswith=page.path, depth__gte=page.depth).values_list("pk", flat=True)
    enqueue(model_label(Page), list(ids), action)
