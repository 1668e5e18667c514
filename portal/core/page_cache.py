"""Full-page cache per portal for anonymous visitors: a cached page costs no database query.

Why: a school's home page costs tens of queries and tens of milliseconds to render, and almost every
request comes from an anonymous visitor reading what changed hours ago. The cache stores whole
responses, keyed by host, path and query string, under the portal's schema (the cache's key function
adds it) and the *stamps* of what the page may show (``tenants.stamps``): the portal's own rows, rows
every portal shows (the registry, the district's register) and, for the district, the projections of
the schools. Any save or delete in a portal moves its stamp, so publishing, unpublishing, moving,
deleting, editing settings or system links, a feed refresh: the next request renders afresh, in every
worker. Entries of old stamps are never read again and expire after ``PORTAL_PAGE_CACHE_SECONDS``,
which also bounds how stale a page whose content depends on the date (a deadline turning overdue) can be.

Never cached (the rules are on the response, so a new view needs no registration):
- requests carrying any cookie but the CSRF one (a session: a logged-in editor; messages; a poll
  vote): what the page shows may depend on it; non-GET/HEAD requests; the admin, documents, media
  and search paths;
- responses that set a cookie (Django sets the CSRF cookie whenever a page uses the token: every form
  page; a session written for the visitor), that say ``private``/``no-store``/``no-cache``, that are
  not 200, or that stream (files).
A page read by a visitor without cookies cannot depend on a session (there is none), which is why
the ``Vary: Cookie`` Django adds when a template merely looked at ``request.user`` is ignored.
Two places serve hits, one stores:
- ``PageCacheApplication`` wraps the WSGI application (``portal/wsgi.py``, what gunicorn runs): a hit is
  answered before Django builds a request, with the status, headers and body the whole stack produced
  when the page was stored (security headers and CSP included), so a hit costs a few cache reads. It
  stores what the middleware marked as cacheable, once every middleware has run. It needs no database:
  the host's portal and stamps scopes are kept beside the pages.
- ``PageCacheMiddleware`` sits right after the tenant middleware: it decides whether a request and its
  response may be cached (the rules above), computes the key under the stamps read *before* rendering,
  and, where no wrapper runs (Django's test client, ``runserver``), stores and serves itself; the outer
  middleware then adds its headers again, the same for a hit and a miss.
Both build the key from the same WSGI environ values (scheme as Django reads it, raw host, path and
query string), so they agree on it.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.core.handlers.wsgi import WSGIRequest
from django.db import connection
from django.http import HttpResponse
from django.http.cookie import parse_cookie
from django.utils.cache import cc_delim_re
from wagtail import hooks

from portal.core import fragments
from portal.core.hooks import PAGE_CACHE_HIT
from tenants import stamps

SKIPPED_PREFIXES = ("/admin/", "/documents/", "/media/", "/tim-kiem/", "/static/", "/healthz", "/metrics")
# Keys name their schema themselves: the wrapper reads before any schema is selected for the request.
CACHE_ALIAS = "pages"
WRAPPED = "portal.page_cache.wrapped"  # environ: the WSGI wrapper serves and stores
STORE = "portal.page_cache.store"  # environ: what the middleware found cacheable, for the wrapper


def scheme_of(environ):
    """``http`` or ``https`` as Django's ``HttpRequest.scheme`` reads it (the proxy's header when trusted)."""
    if settings.SECURE_PROXY_SSL_HEADER:
        header, secure_value = settings.SECURE_PROXY_SSL_HEADER
        value = environ.get(header)
        if value is not None:
            return "https" if value.split(",", 1)[0].strip() == secure_value else "http"
    return environ.get("wsgi.url_scheme", "http")


def host_of(environ):
    return (environ.get("HTTP_HOST") or environ.get("SERVER_NAME", "")).lower()


def address_of(environ):
    """What a page is cached under: scheme, raw host, path and query string."""
    query = environ.get("QUERY_STRING", "")
    return f"{scheme_of(environ)}://{host_of(environ)}{environ.get('PATH_INFO', '')}{'?' + query if query else ''}"


def page_key(schema_name, stamp, address):
    return f"page:{schema_name}:{stamp}:{hashlib.sha256(address.encode()).hexdigest()}"


def host_key(environ):
    return f"page-host:{scheme_of(environ)}://{host_of(environ)}"


def cache_key(request):
    return page_key(request.tenant.schema_name, fragments.request_stamp(request), address_of(request.environ))


def environ_is_cacheable(environ):
    """The request-side rules, on the WSGI environ (before Django has built a request)."""
    if not getattr(settings, "PORTAL_PAGE_CACHE", False) or environ.get("REQUEST_METHOD") not in {"GET", "HEAD"}:
        return False
    cookies = parse_cookie(environ.get("HTTP_COOKIE", ""))
    if set(cookies) - {settings.CSRF_COOKIE_NAME}:  # a session, messages, a poll vote...
        return False
    return not environ.get("PATH_INFO", "").startswith(SKIPPED_PREFIXES)


def request_is_cacheable(request):
    if getattr(request, "tenant", None) is None or getattr(request, "is_dummy", False):
        return False
    return environ_is_cacheable(request.environ)


def response_is_cacheable(response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    directives = {d.split("=")[0].strip().lower() for d in cc_delim_re.split(response.get("Cache-Control", ""))}
    return not directives & {"private", "no-store", "no-cache"}


def run_hit_hooks(request, page_id):
    if page_id is not None:
        for hook in hooks.get_hooks(PAGE_CACHE_HIT):
            hook(request, page_id)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request_is_cacheable(request):
            return self.get_response(request)
        cache = caches[CACHE_ALIAS]
        key = cache_key(request)  # under the stamps read before rendering: a change meanwhile orphans it
        wrapped = request.environ.get(WRAPPED, False)
        if not wrapped:
            entry = cache.get(key)
            if entry is not None:
                run_hit_hooks(request, entry["page_id"])
                response = HttpResponse(entry["body"], status=int(entry["status"].split(" ", 1)[0]))
                for name, value in entry["headers"]:
                    response.headers[name] = value
                return response
        response = self.get_response(request)
        if request.method == "GET" and response_is_cacheable(response):
            page_id = getattr(request, "portal_page_id", None)
            if wrapped:
                scopes = fragments.stamp_scopes(request.tenant)
                request.environ[STORE] = (key, page_id, request.tenant, scopes)
            else:
                entry = {
                    "status": f"{response.status_code} {response.reason_phrase}",
                    "headers": list(response.items()),
                    "body": response.content,
                    "page_id": page_id,
                }
                cache.set(key, entry, settings.PORTAL_PAGE_CACHE_SECONDS)
        return response


class PageCacheApplication:
    """The WSGI application with page-cache hits answered before Django runs (``portal/wsgi.py``)."""

    def __init__(self, application):
        self.application = application
        # host -> (portal, stamp scopes), also kept in this process: a hit then unpickles only the page.
        # A host that moved to another portal only misses (no page under the old schema's new stamps),
        # and the miss stores the new mapping.
        self.hosts = {}

    def __call__(self, environ, start_response):
        if environ_is_cacheable(environ):
            hit = self.lookup(environ)
            if hit is not None:
                entry, portal = hit
                self.count_view(environ, portal, entry["page_id"])
                start_response(entry["status"], list(entry["headers"]))
                return [] if environ["REQUEST_METHOD"] == "HEAD" else [entry["body"]]
        environ[WRAPPED] = True
        captured = {}

        def capture(status, headers, exc_info=None):
            captured.update(status=status, headers=headers)
            return start_response(status, headers, exc_info)

        result = self.application(environ, capture)
        store = environ.get(STORE)
        if store is None:
            return result
        try:
            body = b"".join(result)
        finally:
            if hasattr(result, "close"):
                result.close()
        key, page_id, portal, scopes = store
        entry = {"status": captured["status"], "headers": list(captured["headers"]), "body": body, "page_id": page_id}
        cache = caches[CACHE_ALIAS]
        cache.set(key, entry, settings.PORTAL_PAGE_CACHE_SECONDS)
        cache.set(host_key(environ), (portal, scopes), settings.PORTAL_PAGE_CACHE_SECONDS)
        self.hosts[host_key(environ)] = (portal, scopes)
        return [body]

    def lookup(self, environ):
        cache = caches[CACHE_ALIAS]
        address = host_key(environ)
        known = self.hosts.get(address) or cache.get(address)
        if known is None:
            return None
        self.hosts[address] = known
        portal, scopes = known
        entry = cache.get(page_key(portal.schema_name, stamps.read(*scopes), address_of(environ)))
        return None if entry is None else (entry, portal)

    @staticmethod
    def count_view(environ, portal, page_id):
        """The hooks of a hit (visit counting) get a request of the portal, as behind the middleware."""
        if page_id is None or not hooks.get_hooks(PAGE_CACHE_HIT):
            return
        request = WSGIRequest(environ)
        request.tenant = portal
        connection.set_tenant(portal)  # the next request's tenant middleware selects its own again
        run_hit_hooks(request, page_id)


def remember_page(page, request, serve_args, serve_kwargs):
    """``before_serve_page``: note which page a response shows, for the hooks of a later cache hit."""
    request.portal_page_id = page.pk
