"""/healthz: 200 with every check green, 503 naming the failing one, on portal and internal hosts only."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from portal.core.hooks import periodic_tasks
from portal.ops.models import WorkerTaskRun
from portal.ops.wagtail_hooks import HEARTBEAT_TASK
from portal.search import worker
from portal.search.wagtail_hooks import search_upkeep  # noqa: F401  (hooks loaded before periodic_tasks())

pytestmark = pytest.mark.django_db


@pytest.fixture
def worker_ran(settings):
    """The real worker loop ran the heartbeat and the feed refresh once (on the test portals)."""
    settings.SEARCH_ROOT.mkdir(parents=True, exist_ok=True)
    tasks = {name: task for name, task in periodic_tasks().items() if name in (HEARTBEAT_TASK, "feeds.refresh_due")}
    assert len(tasks) == 2
    worker.run_periodic({}, tasks=tasks)


def test_all_green_on_a_school_host(worker_ran, school_a, portal_client):
    response = portal_client(school_a).get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "search", "worker", "feeds"}
    assert all(check["ok"] for check in body["checks"].values())
    assert body["version"]
    assert "no-cache" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_internal_host_over_plain_http_even_with_the_https_redirect(worker_ran, settings):
    settings.SECURE_SSL_REDIRECT = True
    response = Client(HTTP_HOST="127.0.0.1:8000").get("/healthz")
    assert response.status_code == 200


def test_unknown_host_gets_404(worker_ran):
    assert Client(HTTP_HOST="forged.example.org").get("/healthz").status_code == 404


def test_stale_heartbeat_is_503_and_says_which_check(worker_ran, school_a, portal_client, settings):
    WorkerTaskRun.objects.filter(name=HEARTBEAT_TASK).update(finished_at=timezone.now() - timedelta(minutes=11))
    settings.PORTAL_HEALTH_WORKER_MAX_AGE = 10
    response = portal_client(school_a).get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "error"
    assert body["checks"]["worker"]["ok"] is False
    assert "11 phút" in body["checks"]["worker"]["error"]
    assert body["checks"]["database"]["ok"] and body["checks"]["feeds"]["ok"]


def test_worker_never_ran_and_failed_feed_refresh(school_a, portal_client, settings):
    settings.SEARCH_ROOT.mkdir(parents=True, exist_ok=True)
    now = timezone.now()
    WorkerTaskRun.objects.create(name="feeds.refresh_due", started_at=now, finished_at=now, ok=False, error="boom")
    checks = portal_client(school_a).get("/healthz").json()["checks"]
    assert checks["worker"] == {"ok": False, "error": "worker chưa chạy lần nào", "ms": checks["worker"]["ms"]}
    assert checks["feeds"]["ok"] is False and "lỗi" in checks["feeds"]["error"]


def test_unwritable_search_folder_is_503(worker_ran, school_a, portal_client, settings, tmp_path):
    settings.SEARCH_ROOT = tmp_path / "missing"
    response = portal_client(school_a).get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["search"]["ok"] is False


def test_a_failing_task_is_recorded_and_the_worker_goes_on(db):
    from portal.core.hooks import PeriodicTask

    def broken():
        raise RuntimeError("nguồn tin hỏng")

    worker.run_periodic({}, tasks={"test.broken": PeriodicTask("test.broken", 60, broken)})
    run = WorkerTaskRun.objects.get(name="test.broken")
    assert run.ok is False and "nguồn tin hỏng" in run.error and run.last_success_at is None
