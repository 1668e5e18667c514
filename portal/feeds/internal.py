"""Reading a feed served by one of our own portals without an HTTP round trip.

Why: every school follows its district's news feed. Over HTTP the worker would call the very server
it runs next to: behind NAT that hairpin often fails, in dev the fetcher refuses loopback by design
(``FEEDS_ALLOWED_PRIVATE_HOSTS`` is the opt-in), and it costs a web worker per fetch. When the source
URL's host is a domain of an active portal and its path is one of our outgoing feed views, the same
view is called in-process inside that portal's schema and its bytes go through the same parser and
sanitizer as any other feed. Anything else (unknown host, other path) returns None: fetch over HTTP.
"""

import hashlib
import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import HttpRequest
from django.urls import Resolver404, resolve
from django_tenants.utils import schema_context, tenant_context

from portal.feeds.fetching import FetchResult
from tenants.models import Domain, Portal

logger = logging.getLogger(__name__)


def own_portal_for(url):
    """The active portal answering for the URL's host, or None."""
    try:
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    host = host[4:] if host.startswith("www.") else host
    with schema_context("public"):
        domain = Domain.objects.select_related("tenant").filter(domain=host).first()
    if domain is None or not domain.tenant.is_active or domain.tenant.kind == Portal.Kind.TEMPLATE:
        return None
    return domain.tenant


def internal_fetch(url, etag=None):
    """A :class:`FetchResult` from our own feed view, or None when the URL is not one of ours."""
    portal = own_portal_for(url)
    if portal is None:
        return None
    parts = urlsplit(url)
    try:
        match = resolve(parts.path or "/", urlconf=settings.ROOT_URLCONF)
    except Resolver404:
        return None
    if not getattr(match.func, "is_portal_feed", False):
        return None
    request = HttpRequest()
    request.method = "GET"
    request.path = request.path_info = parts.path
    request.META = {
        "HTTP_HOST": parts.netloc,
        "SERVER_NAME": parts.hostname,
        "SERVER_PORT": str(parts.port or (443 if parts.scheme == "https" else 80)),
        "wsgi.url_scheme": parts.scheme,
        "REQUEST_METHOD": "GET",
    }
    request.tenant = portal
    try:
        request.get_host()
    except DisallowedHost:
        return None
    with tenant_context(portal):
        response = match.func(request, *match.args, **match.kwargs)
    if response.status_code != 200:
        return FetchResult(
            status="error",
            error_code="http_error",
            http_status=response.status_code,
            error=f"Máy chủ nguồn tin trả về lỗi HTTP {response.status_code}.",
            final_url=url,
        )
    content = response.content
    digest = '"' + hashlib.sha256(content).hexdigest()[:32] + '"'
    if etag and etag == digest:
        return FetchResult(status="not_modified", etag=digest, final_url=url, http_status=304)
    return FetchResult(
        status="ok",
        content=content,
        etag=digest,
        final_url=url,
        http_status=200,
        content_type=response.get("Content-Type"),
    )
