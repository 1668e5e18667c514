"""Benchmark: the district's monitoring dashboard over 500 schools' snapshot rows (issue 14, item 4).

Printed by ``make bench``; not a timed test. A throw-away database gets the district (provisioned for
real: the admin needs its users and sessions) and 500 school rows with the snapshots the worker writes
(health with 15 sections, disclosure with 25 items, Q&A), 60 published items and 12 history rows each,
and 6 score rules; then the whole HTTP request of ``/admin/giam-sat/`` is timed, and the worker's
evaluation (score, history row and alerts of 500 schools).
"""

import cProfile
import os
import pstats
import time

from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import schema_context, tenant_context

from tests.benchmarks.db import benchmark_database
from tests.benchmarks.timing import goal, report

SCHOOLS = 500
RUNS = 7


def run():
    from monitoring import tasks
    from monitoring.models import ScoreRule
    from tenants.models import Portal
    from tenants.provisioning import ensure_template, provision_portal
    from tests.monitoring.monitoring_rows import fake_schools

    with benchmark_database("monitoring"):
        ensure_template()
        district = provision_portal("Phòng Giáo dục và Đào tạo đo", kind=Portal.Kind.DISTRICT, domain="pgddo.edu.vn")
        with schema_context("public"):
            fake_schools(SCHOOLS)
            for i, (metric, op, threshold) in enumerate(
                [("articles_year", ">=", 40), ("disclosure_year", "=", 1), ("forms_section", "=", 1),
                 ("disclosure_overdue", "<=", 0), ("qa_on_time_percent", ">=", 80), ("domain_ok", "=", 1)]
            ):  # fmt: skip
                ScoreRule.objects.create(metric=metric, operator=op, threshold=threshold, points=10, sort_order=i)
            start = time.perf_counter()
            tasks.evaluate(send=False)
            evaluate_s = time.perf_counter() - start
        client = Client(HTTP_HOST="pgddo.edu.vn")
        with tenant_context(district):
            user = get_user_model().objects.create_superuser("do", "do@ptdm.edu.vn", "MatKhau@2025")
            client.force_login(user)
        connection.set_schema_to_public()
        samples = []
        for _ in range(RUNS + 1):
            start = time.perf_counter()
            with CaptureQueriesContext(connection) as queries:
                response = client.get("/admin/giam-sat/")
            samples.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, response.status_code
        samples = samples[1:]  # the first request warms the template cache
        real = [q for q in queries.captured_queries if not q["sql"].startswith("SET search_path")]
        if os.environ.get("BENCH_PROFILE"):
            profile = cProfile.Profile()
            profile.runcall(client.get, "/admin/giam-sat/")
            stats = pstats.Stats(profile).sort_stats("cumulative")
            stats.print_stats("monitoring|json|psycopg|render_annotated", 30)
        print(f"Monitoring dashboard, {SCHOOLS} schools ({len(real)} queries, {len(response.content) // 1024} KiB)")
        median, _ = report("GET /admin/giam-sat/", samples)
        goal("dashboard median", median, 1000)
        print(f"    worker evaluation (score, history, alerts of {SCHOOLS} schools): {evaluate_s * 1000:.0f} ms")
