"""Haystack's Whoosh backend, one index per portal, chosen from the connection's schema on each use.

Why: haystack builds one backend per connection alias per thread and caches its ``path``, ``index``
and ``setup_complete`` for the life of the thread; a gunicorn worker that served school A would then
answer school B from A's index. :class:`TenantWhooshEngine` therefore hands out a backend per
``(SEARCH_ROOT, connection.schema_name)``, each with its own path and setup state, and the backend
uses the Vietnamese schema (``portal.search.schema``) and the retrying single-writer path
(``portal.search.writing``) instead of ``AsyncWriter``.
https://django-haystack.readthedocs.io/en/latest/backend_api.html
"""

import datetime
import threading

from django.db import connection
from haystack.backends.whoosh_backend import WhooshEngine, WhooshSearchBackend
from haystack.exceptions import SkipDocument
from haystack.utils import get_identifier
from whoosh.qparser import QueryParser

from portal.search import storage
from portal.search.schema import CONTENT_FIELD, HAYSTACK_ID, build_whoosh_schema
from portal.search.writing import write_batch


def current_schema():
    return getattr(connection, "schema_name", None) or "public"


def whoosh_value(value):
    """Python value -> what the Whoosh field accepts (naive datetimes, strings)."""
    if isinstance(value, datetime.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, datetime.date):
        return datetime.datetime(value.year, value.month, value.day)
    if isinstance(value, (list, tuple)):
        return ",".join(str(item) for item in value)
    return "" if value is None else str(value)


def whoosh_document(prepared):
    """A haystack ``full_prepare`` dict as a Whoosh document (empty dates dropped)."""
    return {key: whoosh_value(value) for key, value in prepared.items() if value is not None and key != "boost"}


class TenantWhooshSearchBackend(WhooshSearchBackend):
    """The Whoosh backend of one portal (``schema_name``); see the module docstring."""

    def __init__(self, connection_alias, schema_name=None, **connection_options):
        self.schema_name = storage.check_schema_name(schema_name or current_schema())
        # ROOT overrides settings.SEARCH_ROOT (read on each use, so tests can point it at a temp dir).
        self.root = connection_options.get("ROOT")
        options = dict(connection_options)
        options["PATH"] = str(storage.index_path(self.schema_name, self.root))
        super().__init__(connection_alias, **options)

    def build_schema(self, fields):
        return CONTENT_FIELD, build_whoosh_schema()

    def setup(self):
        """Open (creating if needed) this portal's index for haystack's own API."""
        self.index = storage.open_for_writing(self.schema_name, self.root)
        self.storage = self.index.storage
        self.content_field_name, self.schema = CONTENT_FIELD, self.index.schema
        self.parser = QueryParser(self.content_field_name, schema=self.schema)
        self.setup_complete = True

    def update(self, index, iterable, commit=True):
        documents = []
        for obj in iterable:
            try:
                documents.append(whoosh_document(index.full_prepare(obj)))
            except SkipDocument:
                continue
        if documents:
            write_batch(self.schema_name, updates=documents, root=self.root)
        self.setup_complete = False  # reopen on next use to see the new segment

    def remove(self, obj_or_string, commit=True):
        write_batch(self.schema_name, deletes=[(HAYSTACK_ID, get_identifier(obj_or_string))], root=self.root)
        self.setup_complete = False

    def delete_index(self):
        storage.activate(self.schema_name, storage.new_version(self.schema_name, self.root), self.root)
        self.setup_complete = False


class TenantWhooshEngine(WhooshEngine):
    """Engine whose ``get_backend()`` is the backend of the schema the connection is in right now."""

    backend = TenantWhooshSearchBackend

    def __init__(self, using=None):
        super().__init__(using=using)
        self._backends = {}
        self._lock = threading.Lock()

    def get_backend(self):
        return self.backend_for(current_schema())

    def backend_for(self, schema_name):
        key = (str(storage.search_root(self.options.get("ROOT"))), schema_name)
        with self._lock:
            backend = self._backends.get(key)
            if backend is None:
                backend = self.backend(self.using, schema_name=schema_name, **self.options)
                self._backends[key] = backend
        return backend

    def reset_sessions(self):
        self._backends = {}
