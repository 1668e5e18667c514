"""The answer when PostgreSQL cannot be reached: a Vietnamese 503 page, never a 500, never a lost form.

Why: a restart of PostgreSQL (an upgrade, a failover, a crash) makes every query raise
``OperationalError``/``InterfaceError`` for a few seconds. Anonymous pages already in the page cache
keep being served (``portal.core.page_cache``, with the host lookup kept through the outage by
``tenants.middleware.find_domain``); anything else gets this page: status 503 with ``Retry-After``,
``Cache-Control: no-store`` (no proxy or page cache keeps it), rendered from a template that reads no
database (no context processor, no site settings: only the portal row already in memory, if any).
A form sent (POST) during the outage is told plainly whether it was stored: the middleware notes every
row committed during the request (``post_save``, after the commit), so a submission committed just before
PostgreSQL went away, whose confirmation page could not be rendered, says "stored, do not send again",
and one whose transaction never committed says "*not* received, send it again" (nothing half-stored is
left behind: the transaction was rolled back).

Recovery needs nothing: Django closes a connection that raised at the end of the request and opens a
new one on the next (``CONN_HEALTH_CHECKS`` checks a persistent one before reuse, settings).

A full disk (``portal.core.storage.StorageFull``, or any ``ENOSPC`` while Django spools an upload) is
answered the same way with status 507: the upload was not kept, send it again later. Forms that store
files catch it themselves and show the message beside the form (``procedures.online_forms``).

Two ways in, one answer: ``DatabaseOutageMiddleware.process_exception`` for errors raised by views
(logged as one warning line), and ``server_error`` (``handler500``) for errors raised by middleware (the
tenant middleware's host lookup, the session saved after the view), where Django calls it from inside
its ``except`` block, so ``sys.exc_info()`` still holds the error.
"""

import logging
import sys
import threading

from django.db import InterfaceError, OperationalError, connections, transaction
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.views import defaults

from portal.core.storage import is_storage_full

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
TEMPLATE = "core/database_outage.html"
# Rows a visitor's form does not consist of (written around any request).
UNRELATED_APPS = {"sessions", "axes", "contenttypes", "admin"}

_request = threading.local()  # the request this thread is serving (a thread serves one request at a time)


def _mark_stored():
    if getattr(_request, "watching", False):
        _request.stored = True


def note_committed_row(sender, using=None, **kwargs):
    """``post_save`` (connected in ``portal.core.receivers``): remember, once its transaction has committed,
    that this request stored a row."""
    if not getattr(_request, "watching", False) or sender._meta.app_label in UNRELATED_APPS:
        return
    if connections[using or "default"].in_atomic_block:
        transaction.on_commit(_mark_stored, using=using)
    else:
        _mark_stored()


def is_database_outage(error):
    """True for the errors of a database that cannot be reached or dropped the connection."""
    return isinstance(error, (OperationalError, InterfaceError))


def outage_response(request, disk_full=False):
    """The 503 page (507 for a full disk), without database access: the portal's name if already known."""
    portal = getattr(request, "tenant", None)
    submitted = request.method not in SAFE_METHODS
    context = {
        "portal_name": getattr(portal, "name", "") or "",
        "submitted": submitted,
        "stored": submitted and not disk_full and getattr(_request, "stored", False),
        "disk_full": disk_full,
        "path": request.path,
    }
    response = HttpResponse(loader.render_to_string(TEMPLATE, context), status=507 if disk_full else 503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


class DatabaseOutageMiddleware:
    """Turns a database connection error (or a full disk) raised by a view into the 503 (507) page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        _request.watching, _request.stored = True, False
        try:
            return self.get_response(request)
        finally:
            _request.watching = _request.stored = False

    def process_exception(self, request, exception):
        if is_storage_full(exception):
            logger.error("no space left for an upload during %s %s: %s", request.method, request.path, exception)
            return outage_response(request, disk_full=True)
        if not is_database_outage(exception):
            return None
        logger.warning("database unavailable during %s %s: %s", request.method, request.path, exception)
        return outage_response(request)


def server_error(request, template_name=defaults.ERROR_500_TEMPLATE_NAME):
    """``handler500``: the outage page when the error being handled is a database outage."""
    error = sys.exc_info()[1]
    if is_database_outage(error) or is_storage_full(error):
        return outage_response(request, disk_full=is_storage_full(error))
    try:
        return defaults.server_error(request, template_name)
    except Exception:  # noqa: BLE001  # a broken 500 template must not hide the original error
        return HttpResponseServerError("<h1>Lỗi máy chủ (500)</h1>", content_type="text/html; charset=utf-8")
