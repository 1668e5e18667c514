"""The district-wide index: every portal's published pages in one Whoosh index, for "all schools".

Why: searching hundreds of school indexes at once opens hundreds of folders and combines their
segments per query; one index answers in the time of one portal's search (make bench). It is fed by
the same queue and worker as the portal indexes (``worker._apply`` writes each batch here after the
portal's own index) and by ``rebuild_portal`` (a portal's documents are replaced wholesale). Each
document carries its portal in the ``schema`` field: the per-school facet counts it, and the search
masks out the portals that are not active (``query.search_indexes``), so deactivating a school hides
its pages at once and reactivating it shows them again without reindexing.
"""

import logging

from django_tenants.utils import schema_context, tenant_context
from whoosh.filedb.filestore import FileStorage

from portal.search import storage
from portal.search.writing import acquire_writer

logger = logging.getLogger(__name__)

DISTRICT_INDEX = storage.DISTRICT_INDEX


def exists():
    return storage.index_exists(DISTRICT_INDEX)


def _write(deletes, updates, timeout):
    """One commit: delete documents matching each ``{field: value}`` dict, then add ``updates``."""
    ix, writer, _ = acquire_writer(lambda: storage.open_for_writing(DISTRICT_INDEX), timeout=timeout)
    try:
        with writer.searcher() as searcher:
            for terms in deletes:
                for docnum in searcher.document_numbers(**terms):
                    writer.delete_document(docnum)
        for document in updates:
            writer.add_document(**document)
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
    finally:
        ix.close()


def write_batch(schema_name, batch, timeout=15.0):
    """Mirror one worker batch (``indexing.Batch``) of a portal into the district index."""
    deletes = [{"schema": schema_name, field: value} for field, value in batch.deletes]
    deletes += [{"schema": schema_name, "id": document["id"]} for document in batch.updates if document.get("id")]
    _write(deletes, batch.updates, timeout)


def replace_portal(schema_name, documents, timeout=120.0):
    """All documents of one portal, after its rebuild (a no-op until the district index exists)."""
    if not exists():
        return
    _write([{"schema": schema_name}], documents, timeout)


def remove_portal(schema_name):
    """Drop a removed portal's documents (they are masked already; this frees the space)."""
    if exists():
        _write([{"schema": schema_name}], [], 120.0)


def rebuild():
    """Build the district index from every portal's pages in a fresh folder, then swap it in."""
    from portal.search.indexing import iter_documents
    from tenants.models import Portal

    with schema_context("public"):
        portals = list(Portal.objects.exclude(kind=Portal.Kind.TEMPLATE).order_by("schema_name"))
    folder = storage.new_version(DISTRICT_INDEX)
    ix = FileStorage(str(folder)).open_index()
    writer = ix.writer(limitmb=256)
    count = 0
    try:
        for portal in portals:
            with tenant_context(portal):
                for document in iter_documents(portal.schema_name):
                    writer.add_document(**document)
                    count += 1
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
    finally:
        ix.close()
    storage.activate(DISTRICT_INDEX, folder)
    return count
