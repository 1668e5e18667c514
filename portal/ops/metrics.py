"""Prometheus metrics (text exposition) of the web processes and the worker, behind a setting.

``PORTAL_METRICS_ENABLED`` turns on the request middleware and ``/metrics``; who may read them is
``PORTAL_METRICS_ALLOWED_IPS`` or a bearer token ``PORTAL_METRICS_TOKEN`` (:mod:`portal.ops.endpoints`).
Gunicorn runs several worker processes: with ``PROMETHEUS_MULTIPROC_DIR`` set (the systemd unit
does), ``prometheus_client`` keeps each process's values in files there and ``/metrics`` sums them
(https://prometheus.github.io/client_python/multiprocess/); ``deploy/gunicorn.conf.py`` marks dead
workers. Worker figures (queue depth, heartbeat age) are read from the database at scrape time.
"""

import os
import time

from django.conf import settings
from django.core.exceptions import MiddlewareNotUsed
from django.db.models import Count
from django.utils import timezone
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.multiprocess import MultiProcessCollector

from portal.ops.models import WorkerTaskRun
from portal.search.models import IndexJob

METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}

REQUESTS = Counter("portal_http_requests", "HTTP requests answered, by method and status code.", ["method", "status"])
LATENCY = Histogram(
    "portal_http_request_duration_seconds",
    "Time to answer an HTTP request, by method.",
    ["method"],
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0),
)


class RequestMetricsMiddleware:
    """Counts every answer and its duration (first in ``MIDDLEWARE``, so it sees them all)."""

    def __init__(self, get_response):
        if not settings.PORTAL_METRICS_ENABLED:
            raise MiddlewareNotUsed
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        if request.path_info != "/metrics":
            method = request.method if request.method in METHODS else "other"
            LATENCY.labels(method).observe(time.perf_counter() - started)
            REQUESTS.labels(method, str(response.status_code)).inc()
        return response


class WorkerCollector:
    """Queue depth by status and the age of each periodic task's last run, read when scraped."""

    def collect(self):
        depth = GaugeMetricFamily(
            "portal_worker_queue_jobs", "Search index jobs in the queue, by status.", labels=["status"]
        )
        counts = dict(IndexJob.objects.values_list("status").annotate(n=Count("id")).order_by())
        for status in IndexJob.Status.values:
            if status != IndexJob.Status.DONE:
                depth.add_metric([status], counts.get(status, 0))
        yield depth
        age = GaugeMetricFamily(
            "portal_worker_task_age_seconds", "Seconds since each periodic task last finished.", labels=["task"]
        )
        failing = GaugeMetricFamily(
            "portal_worker_task_failed", "1 when the last run of a periodic task failed.", labels=["task"]
        )
        now = timezone.now()
        for run in WorkerTaskRun.objects.order_by("name"):
            age.add_metric([run.name], (now - run.finished_at).total_seconds())
            failing.add_metric([run.name], 0 if run.ok else 1)
        yield age
        yield failing


def exposition():
    """``(body, content_type)`` of every metric of this installation."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        process_registry = CollectorRegistry()
        MultiProcessCollector(process_registry)
    else:
        process_registry = REGISTRY
    worker_registry = CollectorRegistry()
    worker_registry.register(WorkerCollector())
    return generate_latest(process_registry) + generate_latest(worker_registry), CONTENT_TYPE_LATEST
