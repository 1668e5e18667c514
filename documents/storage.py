"""Attached files in Wagtail's document library, stored under safe ASCII names.

Why through ``wagtaildocs.Document``: editors already know its chooser, collections and privacy, and the
portal's media are per schema (``TenantFileSystemStorage``). What this module adds is the registry's rule
that stored names are ASCII slugs (``cong-van-1031-pgddt-cntt.pdf``), which every browser, phone and
unzip tool handles, whatever the uploader's file name was.
"""

import os

from django.core.files.base import ContentFile
from django.db import connection, transaction
from django_tenants.utils import schema_context
from wagtail.documents import get_document_model

from documents.safety import safe_filename


def store_document(title, filename, data, *, collection=None):
    """Create a Wagtail document from bytes, under a safe file name."""
    Document = get_document_model()
    document = Document(title=title[:255])
    if collection is not None:
        document.collection = collection
    document.file.save(safe_filename(filename), ContentFile(data), save=False)
    document.file_size = len(data)
    document._set_file_hash()
    document.save()
    return document


def make_filename_safe(document):
    """Rename a document's stored file to its safe form; the old file goes once the transaction commits.

    Returns True when the file was renamed. On rollback the new copy stays orphaned, the old file intact.
    """
    current = document.file.name
    directory, base = os.path.split(current)
    wanted = safe_filename(base)
    if wanted == base:
        return False
    storage = document.file.storage
    with document.open_file() as handle:
        data = handle.read()
    new_name = storage.save(f"{directory}/{wanted}" if directory else wanted, ContentFile(data))
    type(document).objects.filter(pk=document.pk).update(file=new_name)
    document.file.name = new_name
    schema = connection.schema_name

    def delete_old():
        with schema_context(schema):
            storage.delete(current)

    transaction.on_commit(delete_old)
    return True
