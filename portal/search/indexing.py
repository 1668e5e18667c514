"""Turning objects into index documents and database rows; the full rebuild of one portal.

Shared by the worker (a few objects at a time) and ``rebuild_search`` (everything). Always called
inside the portal's schema for the reads; the writes go to the portal's Whoosh index and to the
public-schema ``SearchDocument`` table.
"""

import logging
from dataclasses import dataclass, field

from django.apps import apps
from django.db import transaction
from django.utils import timezone
from django_tenants.utils import tenant_context
from haystack import connections
from haystack.utils import get_identifier
from wagtail.models import Page
from whoosh.filedb.filestore import FileStorage

from portal.search import district, storage
from portal.search.analysis import fold_word
from portal.search.backend import whoosh_document
from portal.search.models import IndexJob, SearchDocument
from portal.search.writing import IndexLocked, acquire_lock

logger = logging.getLogger(__name__)

PAGE_LABEL = Page._meta.label_lower
REBUILD_LOCK_TIMEOUT = 120.0


def unified_index():
    return connections["default"].get_unified_index()


def search_index_for(model):
    ui = unified_index()
    return ui.get_index(model) if model in ui.get_indexed_models() else None


def database_row(document):
    """The ``SearchDocument`` of one Whoosh document (folded columns for PostgreSQL's ``simple`` config)."""
    return SearchDocument(
        schema_name=document["schema"],
        page_id=int(document["page_id"]),
        kind=document["kind"],
        kind_label=document["kind_label"],
        title=document["title"],
        url=document["url"],
        date=timezone.make_aware(document["date"]) if document.get("date") else None,
        year=document.get("year", ""),
        body=document["body"],
        title_folded=fold_word(document["title"]),
        body_folded=fold_word(document["text"])[:500_000],
    )


@dataclass
class Batch:
    """What one batch does to a portal's index: terms to delete, documents to (re)write, failures."""

    deletes: list = field(default_factory=list)
    updates: list = field(default_factory=list)
    page_ids: set = field(default_factory=set)
    errors: dict = field(default_factory=dict)  # (label, id) -> message


def excluded(page):
    """A page type may keep itself out of the search while it shows personal data (``exclude_from_search``)."""
    exclude = getattr(page, "exclude_from_search", None)
    return bool(exclude()) if callable(exclude) else False


def prepare_page(page):
    """Whoosh document of a live, public, specific page, or None when it is not indexable."""
    index = search_index_for(type(page))
    if index is None or excluded(page):
        return None
    document = whoosh_document(index.full_prepare(page))
    return document if document.get("url") else None  # outside any Site: not reachable, not indexed


def prepare_batch(jobs):
    """Read the current state of the jobs' objects (inside the portal's schema) into a :class:`Batch`."""
    batch = Batch()
    by_label = {}
    for job in jobs:
        by_label.setdefault(job.model_label, set()).add(job.object_id)
    page_ids = by_label.pop(PAGE_LABEL, set())
    if page_ids:
        batch.page_ids = page_ids
        batch.deletes += [("page_id", str(pk)) for pk in sorted(page_ids)]
        live = Page.objects.filter(pk__in=page_ids, depth__gt=1).live().public().specific()
        for page in live:
            try:
                document = prepare_page(page)
            except Exception as error:  # one broken page must not block the others
                logger.exception("cannot index page %s", page.pk)
                batch.errors[(PAGE_LABEL, page.pk)] = repr(error)
                continue
            if document is not None:
                batch.updates.append(document)
    for label, ids in by_label.items():
        _prepare_other(label, ids, batch)
    return batch


def _prepare_other(label, ids, batch):
    """Objects of non-page models that an app indexes with its own SearchIndex."""
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError):
        return
    index = search_index_for(model)
    batch.deletes += [("id", f"{label}.{pk}") for pk in sorted(ids)]
    if index is None:
        return
    for obj in index.index_queryset().filter(pk__in=ids):
        try:
            batch.updates.append(whoosh_document(index.full_prepare(obj)))
        except Exception as error:  # noqa: BLE001
            batch.errors[(label, obj.pk)] = repr(error)


def project_batch(schema_name, batch):
    """Mirror a batch into ``SearchDocument`` (call inside the transaction that marks the jobs done)."""
    if batch.page_ids:
        SearchDocument.objects.filter(schema_name=schema_name, page_id__in=batch.page_ids).delete()
    rows = [database_row(doc) for doc in batch.updates if doc.get("page_id")]
    SearchDocument.objects.bulk_create(rows, batch_size=500)


def iter_indexable():
    """Every indexable object of the current schema as ``(index, obj)``, model by model."""
    ui = unified_index()
    for model in sorted(ui.get_indexed_models(), key=lambda m: m._meta.label):
        index = ui.get_index(model)
        yield from ((index, obj) for obj in index.index_queryset().iterator(chunk_size=500))


def count_indexable():
    ui = unified_index()
    return sum(ui.get_index(model).index_queryset().count() for model in ui.get_indexed_models())


def iter_documents(schema_name, progress=None):
    """Whoosh documents of every indexable, reachable object of the current schema."""
    for index, obj in iter_indexable():
        if excluded(obj):
            continue
        try:
            document = whoosh_document(index.full_prepare(obj))
        except Exception:
            logger.exception("rebuild %s: cannot index %s", schema_name, get_identifier(obj))
            continue
        if progress is not None:
            progress.update(1)
        if document.get("url"):
            yield document


def rebuild_portal(portal, progress=None, mirror=True):
    """Build a complete new index of the portal in a fresh folder, then swap it in atomically.

    While it builds, the live index's write lock is held so the worker cannot write into a version
    that is about to be replaced; queued jobs older than the rebuild are marked done (the rebuild read
    a newer state), newer ones stay for the worker. The portal's documents in the district-wide index
    are replaced too (``mirror``; ``rebuild_search`` of every portal rebuilds that index once at the
    end instead). Returns the number of documents.
    """
    schema_name = portal.schema_name
    try:
        lock = storage.live_lock(schema_name)
        if lock is not None:
            acquire_lock(lock, timeout=REBUILD_LOCK_TIMEOUT)
    except IndexLocked:
        raise
    except Exception:  # an unreadable live index is exactly what a rebuild replaces  # noqa: BLE001
        logger.warning("rebuilding %s without locking its unreadable index", schema_name)
        lock = None
    try:
        started = timezone.now()
        folder = storage.new_version(schema_name)
        ix = FileStorage(str(folder)).open_index()
        writer = ix.writer(limitmb=256)
        rows, documents = [], []
        try:
            with tenant_context(portal):
                for document in iter_documents(schema_name, progress):
                    writer.add_document(**document)
                    documents.append(document)
                    if document.get("page_id"):
                        rows.append(database_row(document))
            writer.commit()
        except BaseException:
            writer.cancel()
            raise
        finally:
            ix.close()
        with transaction.atomic():
            SearchDocument.objects.filter(schema_name=schema_name).delete()
            SearchDocument.objects.bulk_create(rows, batch_size=500)
            IndexJob.objects.filter(
                schema_name=schema_name, status=IndexJob.Status.PENDING, created_at__lte=started
            ).update(status=IndexJob.Status.DONE, processed_at=timezone.now(), error="")
        storage.activate(schema_name, folder)
        if mirror:
            district.replace_portal(schema_name, documents)
        return len(rows)
    finally:
        if lock is not None:
            lock.release()
