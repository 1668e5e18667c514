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
The middleware sits right after the tenant middleware (the portal is known, nothing else has run), so
a hit skips sessions, authentication, CSRF and Wagtail entirely; the outer middleware (security
headers, CSP) still adds its headers, the same for a hit and a miss.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.utils.cache import cc_delim_re
from wagtail import hooks

from portal.core import fragments
from portal.core.hooks import PAGE_CACHE_HIT

SKIPPED_PREFIXES = ("/admin/", "/documents/", "/media/", "/tim-kiem/", "/static/", "/healthz", "/metrics")
CACHE_ALIAS = "default"


def cache_key(request):
    address = f"{request.get_host().lower()}{request.get_full_path()}".encode()
    return f"page:{fragments.request_stamp(request)}:{hashlib.sha256(address).hexdigest()}"


def request_is_cacheable(request):
    if not getattr(settings, "PORTAL_PAGE_CACHE", False) or request.method not in {"GET", "HEAD"}:
        return False
    if getattr(request, "tenant", None) is None or getattr(request, "is_dummy", False):
        return False
    if set(request.COOKIES) - {settings.CSRF_COOKIE_NAME}:  # a session, messages, a poll vote...
        return False
    return not request.path.startswith(SKIPPED_PREFIXES)


def response_is_cacheable(response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    directives = {d.split("=")[0].strip().lower() for d in cc_delim_re.split(response.get("Cache-Control", ""))}
    return not directives & {"private", "no-store", "no-cache"}


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request_is_cacheable(request):
            return self.get_response(request)
        cache = caches[CACHE_ALIAS]
        key = cache_key(request)
        cached = cache.get(key)
        if cached is not None:
            response, page_id = cached
            if page_id is not None:
                for hook in hooks.get_hooks(PAGE_CACHE_HIT):
                    hook(request, page_id)
            return response
        response = self.get_response(request)
        if request.method == "GET" and response_is_cacheable(response):
            # Rendered under the stamps read before rendering: a change meanwhile makes this entry unreachable.
            entry = (response, getattr(request, "portal_page_id", None))
            cache.set(key, entry, settings.PORTAL_PAGE_CACHE_SECONDS)
        return response


def remember_page(page, request, serve_args, serve_kwargs):
    """``before_serve_page``: note which page a response shows, for the hooks of a later cache hit."""
    request.portal_page_id = page.pk
