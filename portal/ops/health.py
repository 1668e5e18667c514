"""``/healthz``: is this installation able to serve? One JSON answer, 200 or 503, never cached.

Cheap enough to poll every 10 s (no loop over portals): one ``SELECT 1``, one cache round trip,
one file created and removed in the search folder, one query for the worker's last task runs.

- ``database``: PostgreSQL answers.
- ``cache``: the cache (Redis in production when ``REDIS_URL`` is set) stores and returns a value.
- ``search``: ``SEARCH_ROOT`` exists and accepts a new file (the worker writes the indexes there).
- ``worker``: ``search_worker`` recorded its heartbeat (``ops.heartbeat``, every 30 s) less than
  ``PORTAL_HEALTH_WORKER_MAX_AGE`` minutes ago.
- ``feeds``: the feed refresh (``feeds.refresh_due``, every minute) finished less than
  ``PORTAL_HEALTH_FEEDS_MAX_AGE`` minutes ago, and without an error.
"""

import logging
import secrets
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.http import JsonResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers

from portal.ops.models import WorkerTaskRun
from portal.ops.version import portal_version
from portal.ops.wagtail_hooks import HEARTBEAT_TASK

logger = logging.getLogger(__name__)

FEEDS_TASK = "feeds.refresh_due"


class Unhealthy(Exception):
    """A check failed; ``args[0]`` says why in a short, non-secret sentence."""


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache():
    cache = caches["default"]
    token = secrets.token_hex(8)
    cache.set("ops:healthz", token, 30)
    if cache.get("ops:healthz") != token:
        raise Unhealthy("bộ nhớ đệm không trả lại giá trị vừa ghi")


def check_search():
    root = Path(settings.SEARCH_ROOT)
    if not root.is_dir():
        raise Unhealthy("thư mục chỉ mục tìm kiếm không tồn tại")
    with tempfile.NamedTemporaryFile(dir=root, prefix=".healthz-"):
        pass


def _task_runs():
    return {run.name: run for run in WorkerTaskRun.objects.filter(name__in=[HEARTBEAT_TASK, FEEDS_TASK])}


def _age_check(run, max_minutes, what):
    if run is None:
        raise Unhealthy(f"{what} chưa chạy lần nào")
    age = timezone.now() - run.finished_at
    if age > timedelta(minutes=max_minutes):
        raise Unhealthy(f"{what} chạy lần cuối cách đây {int(age.total_seconds() // 60)} phút")
    return {"last_run": run.finished_at.isoformat(), "age_seconds": int(age.total_seconds())}


def run_checks():
    """``(all_ok, {name: {"ok": bool, "detail"/"error": ..., "ms": float}})``."""
    results = {}
    runs = {}

    def record(name, func):
        started = time.perf_counter()
        try:
            detail = func()
            results[name] = {"ok": True, **(detail or {})}
        except Unhealthy as problem:
            results[name] = {"ok": False, "error": problem.args[0]}
        except Exception as problem:  # any failure is the answer; only its kind is shown (no secrets)
            logger.warning("health check %s failed", name, exc_info=True)
            results[name] = {"ok": False, "error": type(problem).__name__}
        results[name]["ms"] = round((time.perf_counter() - started) * 1000, 1)

    def load_runs():
        runs.update(_task_runs())

    record("database", check_database)
    record("cache", check_cache)
    record("search", check_search)
    try:
        load_runs()
    except Exception:  # noqa: BLE001  (the database check already says why)
        runs = {}
    record("worker", lambda: _age_check(runs.get(HEARTBEAT_TASK), settings.PORTAL_HEALTH_WORKER_MAX_AGE, "worker"))
    record("feeds", lambda: _feeds_check(runs.get(FEEDS_TASK)))
    return all(result["ok"] for result in results.values()), results


def _feeds_check(run):
    detail = _age_check(run, settings.PORTAL_HEALTH_FEEDS_MAX_AGE, "việc tải nguồn tin")
    if not run.ok:
        raise Unhealthy("việc tải nguồn tin lỗi ở lần chạy cuối")
    return detail


def healthz(request):
    ok, checks = run_checks()
    body = {"status": "ok" if ok else "error", "version": portal_version(), "checks": checks}
    response = JsonResponse(body, status=200 if ok else 503, json_dumps_params={"ensure_ascii": False})
    add_never_cache_headers(response)
    return response
