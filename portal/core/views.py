"""Small views every portal serves: its own media files and robots.txt."""

import mimetypes
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse
from django.views.decorators.http import require_GET


@require_GET
def tenant_media(request, schema, path):
    """Serve a media file only from the requesting portal's own folder (pitfall 8).

    ``/media/<schema>/...`` of another school answers 404 at this host.
    """
    tenant = getattr(request, "tenant", None)
    if tenant is None or schema != tenant.schema_name:
        raise Http404("Không tìm thấy tệp.")
    root = (Path(settings.MEDIA_ROOT) / tenant.schema_name).resolve()
    target = (root / path).resolve()
    if root not in target.parents or not target.is_file():
        raise Http404("Không tìm thấy tệp.")
    content_type, _ = mimetypes.guess_type(target.name)
    response = FileResponse(target.open("rb"), content_type=content_type or "application/octet-stream")
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "public, max-age=86400"
    return response


@require_GET
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
