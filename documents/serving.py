"""Serving attached files: counted downloads, inline PDFs, everything else as an attachment.

Why a view on the page (``/van-ban/<số>/tai-ve/<id>/``) rather than Wagtail's ``/documents/`` URL: the
count must be incremented in the same request (``F("count") + 1``, no lost updates), the file can only be
reached through a live, public document of this portal (another school's attachment id answers 404),
and the response headers follow the registry's rule whatever the uploader named the file:

* a real PDF (extension *and* ``%PDF-`` magic) is served ``inline`` so phones and browsers show it;
* everything else is ``attachment`` with a Content-Security-Policy that forbids any active content;
* the type comes from the sniffed content, ``X-Content-Type-Options: nosniff`` stops browsers guessing;
* the file name is the document's số ký hiệu in ASCII (``08-QD-THPH1.pdf``, ``number_filename``): the
  number is what people file documents by, and 08/QĐ-THPH1 and 09/QĐ-THPH1 must not both save as
  ``qd-thph1.pdf``; a second attachment adds its own title (``08-QD-THPH1-phu-luc.pdf``).

CSP is not set on inline PDFs: it does not stop JavaScript inside PDFs (Wagtail PR #12672) and some
browsers' built-in viewers break under ``default-src 'none'``.
"""

from django.apps import apps
from django.http import FileResponse, Http404

from documents.safety import CONTENT_TYPES, extension_of, is_inline, number_filename, safe_filename, sniff
from portal.core.privacy import page_is_public, set_cache
from portal.text import ascii_slug

NOT_FOUND = "Không tìm thấy tệp đính kèm."


def download_name(document):
    """``Kế hoạch hội thi`` stored as ``documents/ke-hoach-hoi-thi-5lzgk4l.pdf`` -> ``ke-hoach-hoi-thi.pdf``."""
    extension = extension_of(document.file.name)
    return safe_filename(f"{document.title}.{extension}" if document.title else document.file.name)


def attachment_filename(page, attachment):
    """What the browser saves: the page's number, plus the attachment's title (or position) after the first."""
    extension = extension_of(attachment.document.file.name)
    ids = list(page.attachments.order_by("sort_order", "pk").values_list("pk", flat=True))
    position = ids.index(attachment.pk) + 1 if attachment.pk in ids else 1
    if position == 1:
        return number_filename(page.number, extension)
    suffix = ascii_slug(attachment.display_title)[:40].strip("-")
    return number_filename(page.number, extension, suffix or str(position))


def file_response(handle, name, *, head=b"", filename=None):
    """A FileResponse for an open file ``handle`` stored as ``name``; ``head`` is its first bytes.

    ``filename`` (already safe: ASCII letters, digits, ``.-_``) is what the browser saves; the stored
    name, made safe, otherwise.
    """
    extension = extension_of(name)
    inline = is_inline(extension, head)
    kind = sniff(head) if head else ""
    content_type = CONTENT_TYPES.get(extension, "application/octet-stream")
    if extension == "pdf" and not inline or kind in ("exe", "elf", "html", "script"):
        content_type = "application/octet-stream"
    response = FileResponse(
        handle, as_attachment=not inline, filename=filename or safe_filename(name), content_type=content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    if not inline:
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


def open_document(document):
    """(open handle, first 1024 bytes) of a Wagtail document's file, or Http404 if it is missing."""
    try:
        handle = document.file.storage.open(document.file.name, "rb")
    except (OSError, ValueError) as error:
        raise Http404(NOT_FOUND) from error
    head = handle.read(1024)
    handle.seek(0)
    return handle, head


def serve_attachment(request, page, attachment_id, *, count=True, preview=False):
    """Serve one attachment of a live page; ``count`` adds a download, ``preview`` only serves PDFs."""
    if request.method not in ("GET", "HEAD"):
        raise Http404(NOT_FOUND)
    attachment = page.attachments.filter(pk=attachment_id).select_related("document").first()
    if attachment is None or attachment.document is None:
        raise Http404(NOT_FOUND)
    document = attachment.document
    handle, head = open_document(document)
    if preview and not is_inline(extension_of(document.file.name), head):
        handle.close()
        raise Http404(NOT_FOUND)
    if count and request.method == "GET":
        # From the app registry: the page model calls this module, which never imports the models back.
        apps.get_model("documents", "AttachmentDownload").increment(attachment.pk)
    filename = attachment_filename(page, attachment) if page.number else download_name(document)
    response = file_response(handle, document.file.name, head=head, filename=filename)
    if count:
        response["Cache-Control"] = "private, no-cache"  # every download must reach the counter
        return response
    # The inline preview may be cached by proxies only when anyone may read the page.
    return set_cache(response, private=not page_is_public(page))
