"""Small views every portal serves: its own files (through their owners' privacy) and robots.txt."""

import mimetypes
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse, HttpResponseForbidden
from django.views.decorators.http import require_GET, require_safe
from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve as wagtail_serve_document
from wagtail.images import get_image_model

from portal.core import privacy

NOT_FOUND = privacy.NOT_FOUND
# Rendition formats Python 3.11's mimetypes does not know (served with nosniff, so the type must be right).
IMAGE_TYPES = {".webp": "image/webp", ".avif": "image/avif"}


def _owner_of(name):
    """(kind, object) owning the media file stored as ``name`` in this portal, or (None, None).

    Only files with an owner are served: an upload left behind by an aborted import, or any file a
    model does not claim, answers 404 rather than being public by accident.
    """
    top = name.split("/", 1)[0]
    if top == "documents":
        document = get_document_model().objects.filter(file=name).select_related("collection").first()
        return ("document", document) if document else (None, None)
    Image = get_image_model()
    if top == "original_images":
        image = Image.objects.filter(file=name).select_related("collection").first()
        return ("image", image) if image else (None, None)
    if top == "images":
        rendition = Image.get_rendition_model().objects.filter(file=name).select_related("image__collection").first()
        return ("image", rendition.image) if rendition else (None, None)
    return None, None


@require_safe
def tenant_media(request, schema, path):
    """Serve ``/media/<schema>/<path>`` only for this portal, and only as its owner's privacy allows.

    Documents go through the same view as ``/documents/<id>/<name>`` (collection restrictions, owning
    pages, safe headers); images check their collection; private answers are never cached by proxies.
    """
    tenant = getattr(request, "tenant", None)
    if tenant is None or schema != tenant.schema_name:
        raise Http404(NOT_FOUND)
    root = (Path(settings.MEDIA_ROOT) / tenant.schema_name).resolve()
    target = (root / path).resolve()
    if root not in target.parents or not target.is_file():
        raise Http404(NOT_FOUND)
    kind, owner = _owner_of(target.relative_to(root).as_posix())
    if kind == "document":
        return serve_document(request, owner.pk, owner.filename)
    if kind != "image":
        raise Http404(NOT_FOUND)
    refused = privacy.check_image(owner, request)
    if refused is not None:
        return privacy.set_cache(refused, private=True)
    content_type = IMAGE_TYPES.get(target.suffix.lower()) or mimetypes.guess_type(target.name)[0]
    response = FileResponse(target.open("rb"), content_type=content_type or "application/octet-stream")
    response["X-Content-Type-Options"] = "nosniff"
    return privacy.set_cache(response, privacy.image_is_private(owner), public_max_age=86400)


def serve_document(request, document_id, document_filename):
    """Wagtail's document view (its privacy hooks and ours run there) plus the caching rule."""
    response = wagtail_serve_document(request, document_id, document_filename)
    document = get_document_model().objects.filter(pk=document_id).select_related("collection").first()
    private = document is None or response.status_code != 200 or privacy.document_is_private(document)
    return privacy.set_cache(response, private)


def sites_admin_closed(request):
    """403 for Wagtail's Sites admin: a school must not point its Site at another host (preview, links)."""
    return HttpResponseForbidden(
        "Tên miền và cổng của cổng thông tin do hệ thống quản lý, không sửa được trong trang quản trị.",
        content_type="text/plain; charset=utf-8",
    )


@require_GET
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
