"""Caddy's on-demand TLS "ask": may the proxy obtain a certificate for this name?

Caddy asks ``GET /_ops/tls-ask?domain=<name>`` before requesting a certificate for a name it has
never seen (https://caddyserver.com/docs/caddyfile/options#on-demand-tls). The answer is 200 only
for a domain of an active portal in the registry (its primary domain, an old name that redirects,
and their ``www.`` form), which the app would also serve (``ALLOWED_HOSTS``); anything else, a
deactivated school, the template, a dev alias (``*.localhost``), a forged name: 404. So nobody can
make the server request certificates for names of their choosing, and a school added in the admin
gets HTTPS on its first visit without anyone touching the proxy.
"""

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotFound
from django.http.request import validate_host
from django.utils.cache import add_never_cache_headers

from tenants.models import Domain, Portal


def may_issue(name):
    name = (name or "").strip().lower().rstrip(".")
    if not name or len(name) > 253:
        return False
    if not validate_host(name, settings.ALLOWED_HOSTS):
        return False
    hostname = name[4:] if name.startswith("www.") else name
    domain = Domain.objects.select_related("tenant").filter(domain=hostname).first()
    if domain is None or domain.is_dev_alias:
        return False
    portal = domain.tenant
    return portal.is_active and portal.kind != Portal.Kind.TEMPLATE and portal.schema_name != "public"


def ask(request):
    allowed = may_issue(request.GET.get("domain", ""))
    response = (HttpResponse if allowed else HttpResponseNotFound)(
        "ok" if allowed else "no", content_type="text/plain; charset=utf-8"
    )
    add_never_cache_headers(response)
    return response
