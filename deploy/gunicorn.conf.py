"""Gunicorn settings of the web service (``deploy/systemd/school-portal-web.service``).

Sync workers only (docs/architecture.md, pitfall 4: the ContentType cache is per process and keyed
by database alias, not schema). ``preload_app`` stays off so that ``systemctl reload`` (SIGHUP)
starts workers on the new code and lets the old ones finish their requests: a reload drops nothing.
https://docs.gunicorn.org/en/stable/settings.html
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "3"))
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
# A worker is replaced after this many requests: bounds any slow leak (and PostgreSQL backends' catalog
# caches of every schema they touched) without a restart. Not too low: a worker starting again costs
# seconds, and with the page cache answering thousands of requests a second, 1 000 meant a restart of
# some worker every few seconds (p99 of cached pages 6.5 s in docs/benchmarks.md, "Serving").
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "20000"))
max_requests_jitter = max_requests // 10
preload_app = False
accesslog = "-"
errorlog = "-"
# Caddy on the same host: gunicorn believes its X-Forwarded-* headers (Django's own reading of
# X-Forwarded-Proto is SECURE_PROXY_SSL_HEADER, of X-Forwarded-For PORTAL_TRUSTED_PROXIES).
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1,::1")


def child_exit(server, worker):
    """A worker left: drop its live gauges from the shared Prometheus folder (portal.ops.metrics)."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)
