"""The operations endpoints, answered before the tenant middleware (first in ``MIDDLEWARE``).

- ``/healthz`` (:mod:`portal.ops.health`): on every portal host and on the internal hosts
  (``PORTAL_INTERNAL_HOSTS``), no login, never cached;
- ``/metrics`` (:mod:`portal.ops.metrics`): only when ``PORTAL_METRICS_ENABLED``, to the addresses in
  ``PORTAL_METRICS_ALLOWED_IPS`` or with ``Authorization: Bearer <PORTAL_METRICS_TOKEN>``;
- ``/_ops/tls-ask?domain=...`` (:mod:`portal.ops.tls`): Caddy's on-demand TLS question, internal hosts only.

Why before everything: the tenant middleware answers 404 for a host that is not a portal, and
SecurityMiddleware would redirect a monitor polling plain http on loopback to https.
"""

import hmac
from ipaddress import ip_address, ip_network

from django.conf import settings
from django.db import connection
from django.http import HttpResponse, HttpResponseNotFound
from django.utils.cache import add_never_cache_headers

from portal.core.lockout import client_ip
from portal.ops import health, hosts, tls

NOT_FOUND = "Không tìm thấy."


def _not_found():
    response = HttpResponseNotFound(NOT_FOUND, content_type="text/plain; charset=utf-8")
    add_never_cache_headers(response)
    return response


def healthz(request):
    if not hosts.is_internal_host(request):
        try:
            known = hosts.is_portal_host(request)
        except Exception:  # noqa: BLE001  (database down: answering the health check is the point)
            known = True
        if not known:
            return _not_found()
    return health.healthz(request)


def _metrics_allowed(request):
    token = settings.PORTAL_METRICS_TOKEN
    auth = request.META.get("HTTP_AUTHORIZATION", "")
    if token and auth.startswith("Bearer ") and hmac.compare_digest(auth[7:].strip(), token):
        return True
    # Behind a proxy every request comes from loopback: without PORTAL_TRUSTED_PROXIES to read the real
    # address, a forwarded request is never trusted by address.
    if "HTTP_X_FORWARDED_FOR" in request.META and not settings.PORTAL_TRUSTED_PROXIES:
        return False
    try:
        address = ip_address(client_ip(request) or "")
    except ValueError:
        return False
    return any(address in ip_network(allowed, strict=False) for allowed in settings.PORTAL_METRICS_ALLOWED_IPS)


def metrics(request):
    if not settings.PORTAL_METRICS_ENABLED or not _metrics_allowed(request):
        return _not_found()
    from portal.ops.metrics import exposition  # prometheus_client is loaded only when metrics are on

    body, content_type = exposition()
    response = HttpResponse(body, content_type=content_type)
    add_never_cache_headers(response)
    return response


def tls_ask(request):
    if not hosts.is_internal_host(request):
        return _not_found()
    return tls.ask(request)


ROUTES = {"/healthz": healthz, "/metrics": metrics, "/_ops/tls-ask": tls_ask}


class OperationsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        view = ROUTES.get(request.path_info)
        if view is None:
            return self.get_response(request)
        connection.set_schema_to_public()
        return view(request)
