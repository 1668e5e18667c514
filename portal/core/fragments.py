"""Per-portal cache of what every visitor of a portal sees alike, purged by the portal's change stamps.

Why: the whole-page cache (``portal.core.page_cache``) only helps anonymous visitors without cookies.
Everyone else (a parent who voted in a poll, an editor checking the live site, the first visitor after
a publication) pays for the whole render: the home page's boxes, the menu and the footer cost most of
its SQL statements although they are the same for every visitor until the portal changes. They are
cached here under the same stamps as whole pages (``tenants.stamps``: any save or delete in the portal,
in the registry or, for the district, in the schools' projections moves them), so a publication shows
at once, in every worker. Keys carry the schema (the cache's key function), the stamps, the host and
the scheme (absolute links differ between the official domain and a ``*.localhost`` dev host).

Only what does not depend on the user, the session or a preview may be cached: previews always render
afresh (a draft of the home page must show the draft). Off with ``PORTAL_FRAGMENT_CACHE = False``
(the unit tests' default; the tests of this module and the query budgets turn it on).

- ``portal_stamp(portal)``: the stamps a portal's pages depend on, as one string;
- ``cached(request, name, build, *vary)``: ``build()`` once per stamp, host, scheme and ``vary``;
- ``{% portalcache "name" [vary ...] %}…{% endportalcache %}`` (``fragment_tags``): a template fragment.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches

from tenants import stamps

CACHE_ALIAS = "default"
_MISSING = object()


def stamp_scopes(portal):
    """The stamps whose move must purge a portal's pages: its own rows, shared rows, schools' projections."""
    scopes = [stamps.ALL, portal.schema_name]
    if portal.is_district:
        scopes.append(stamps.DISTRICT)
    return scopes


def portal_stamp(portal):
    return stamps.read(*stamp_scopes(portal))


def enabled():
    return getattr(settings, "PORTAL_FRAGMENT_CACHE", True)


def request_stamp(request):
    """The portal's stamp, read once per request (a file stat or one cache round trip)."""
    value = getattr(request, "_portal_stamp", None)
    if value is None:
        value = request._portal_stamp = portal_stamp(request.tenant)
    return value


def usable(request):
    if not enabled() or request is None or getattr(request, "tenant", None) is None:
        return False
    return not getattr(request, "is_preview", False) and not getattr(request, "is_dummy", False)


def cache_key(request, name, vary=()):
    scheme = "https" if request.is_secure() else "http"
    extra = "\x1f".join(str(part) for part in (request.get_host().lower(), scheme, *vary))
    return f"fragment:{name}:{request_stamp(request)}:{hashlib.sha256(extra.encode()).hexdigest()[:32]}"


def cached(request, name, build, *vary):
    """``build()``, cached for the portal of ``request`` until its stamp moves (or the timeout passes)."""
    if not usable(request):
        return build()
    cache = caches[CACHE_ALIAS]
    key = cache_key(request, name, vary)
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = build()
        cache.set(key, value, settings.PORTAL_PAGE_CACHE_SECONDS)
    return value


def find_site(request):
    """The request's Wagtail Site with its root page already specific (both cached per portal stamp)."""
    from wagtail.models import Site

    site = Site._find_for_request(request)
    if site is not None:
        site.root_page = site.root_page.specific
    return site


class CachedSiteMiddleware:
    """Hands Wagtail the portal's Site and home page from the fragment cache (``Site.find_for_request``
    reads ``request._wagtail_site``): routing a page then starts without the site, page and content
    type queries every request otherwise repeats (the content type cache is cleared at every schema
    switch by django-tenants)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if usable(request) and not request.path.startswith(("/admin/", "/static/", "/media/")):
            request._wagtail_site = cached(request, "site", lambda: find_site(request))
        return self.get_response(request)
