"""Host-to-portal routing on top of django-tenants' TenantMainMiddleware.

Adds what an official portal needs: unknown hosts get a plain 404 (never another
school's site, never the public schema), the template schema is unreachable,
a deactivated portal answers 503, and an old official domain redirects to the
current one. https://django-tenants.readthedocs.io/en/latest/install.html

Wagtail's preview (and moderation e-mails, diffs...) render through a *dummy* request that runs the
middleware again with the host taken from the page's ``Site``. That host is never trusted: a dummy
request keeps the portal whose schema is already active, so a Site record pointing elsewhere cannot make
a preview read another portal's rows. The middleware sits after SecurityMiddleware (settings), so its own
404/503/400/301 answers carry the security headers too.
"""

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.db import InterfaceError, OperationalError, connection
from django.http import HttpResponseBadRequest, HttpResponseNotFound, HttpResponsePermanentRedirect
from django_tenants.middleware.main import TenantMainMiddleware
from django_tenants.utils import get_public_schema_name

from tenants import stamps
from tenants.inactive import inactive_response
from tenants.models import Domain, Portal

HOST_CACHE_SECONDS = 300
LAST_KNOWN_HOST_SECONDS = 24 * 3600  # used only while the database cannot be reached
UNKNOWN_HOST_MESSAGE = "Không tìm thấy cổng thông tin cho tên miền này."
BAD_HOST_MESSAGE = "Tên miền trong yêu cầu không hợp lệ."


def find_domain(hostname):
    """The ``Domain`` (with its portal) of ``hostname``, or None; cached until the registry changes.

    Why cached: it is the one query every request makes before anything else, and a page served from
    the page cache should need no database at all. Any save of a portal or a domain moves the
    registry stamp (``tenants.stamps``), so a deactivated portal or a new domain applies at once in
    every worker. Unknown hosts are cached too (as ``False``): a flood of forged names costs no query.
    Runs in the public schema (cache keys carry the schema). While the database cannot be reached, the
    last answer known for the host (kept a day) stands in, so cached pages are still served.
    """
    key = f"host:{hostname}:{stamps.read(stamps.REGISTRY)}"
    cache = caches["default"]
    domain = cache.get(key)
    if domain is None:
        try:
            domain = Domain.objects.select_related("tenant").filter(domain=hostname).first() or False
        except (OperationalError, InterfaceError):
            # PostgreSQL restarting: the last answer known lets the page cache keep serving (portal.core.outage).
            domain = cache.get(f"host-last:{hostname}")
            if domain is None:
                raise
            return domain or None
        cache.set(key, domain, HOST_CACHE_SECONDS)
        if domain:
            cache.set(f"host-last:{hostname}", domain, LAST_KNOWN_HOST_SECONDS)
    return domain or None


class PortalTenantMiddleware(TenantMainMiddleware):
    def process_request(self, request):
        if getattr(request, "is_dummy", False):
            return self.keep_current_portal(request)
        connection.set_schema_to_public()
        try:
            hostname = self.hostname_from_request(request)
        except DisallowedHost:
            return HttpResponseBadRequest(BAD_HOST_MESSAGE, content_type="text/plain; charset=utf-8")
        domain = find_domain(hostname)
        if domain is None:
            return self.no_tenant_found(request, hostname)
        portal = domain.tenant
        if portal.kind == Portal.Kind.TEMPLATE or portal.schema_name == get_public_schema_name():
            return self.no_tenant_found(request, hostname)
        if not portal.is_active:
            return inactive_response(request, portal)  # styled, with the supervising body's contacts
        if not domain.is_primary and not domain.is_dev_alias:
            primary = portal.get_primary_domain()
            if primary is not None:
                secure = request.is_secure() or settings.PORTAL_URL_SCHEME == "https"
                scheme = "https" if secure else "http"
                return HttpResponsePermanentRedirect(f"{scheme}://{primary.domain}{request.get_full_path()}")
        portal.domain_url = hostname
        request.tenant = portal
        connection.set_tenant(portal)
        self.setup_url_routing(request)
        return None

    def keep_current_portal(self, request):
        """A Wagtail dummy request: stay in the schema of the request that is rendering it."""
        current = getattr(connection, "tenant", None)
        if not isinstance(current, Portal) or current.kind == Portal.Kind.TEMPLATE:
            return self.no_tenant_found(request, "")
        request.tenant = current
        self.setup_url_routing(request)
        return None

    def no_tenant_found(self, request, hostname):
        return HttpResponseNotFound(UNKNOWN_HOST_MESSAGE, content_type="text/plain; charset=utf-8")

    @staticmethod
    def hostname_from_request(request):
        # get_host() enforces ALLOWED_HOSTS (forged hosts raise DisallowedHost -> 400).
        host = request.get_host().split(":")[0].lower().rstrip(".")
        return host[4:] if host.startswith("www.") else host
