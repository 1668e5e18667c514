"""Benchmark: provisioning a school by cloning the template vs by running migrations.

Printed by ``make bench``; not a timed test. Runs on a throw-away test database.
"""

import statistics
import time

from django.db import connection
from django_tenants.utils import schema_context

from tests.benchmarks.db import benchmark_database

CLONE_RUNS = 5
MIGRATE_RUNS = 1
BULK_SCHOOLS = 20


def _time(func):
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def provision_by_migrations(index):
    """The path we avoid: a new schema built by running every migration."""
    from tenants.models import Portal
    from tenants.provisioning import scaffold

    with schema_context("public"):
        portal = Portal.objects.create(
            schema_name=f"bench_migrate_{index}", name=f"Trường đo {index}", kind=Portal.Kind.SCHOOL, level="th"
        )
        portal.create_schema(check_if_exists=True, verbosity=0)
    scaffold(portal)


def run():
    from tenants.provisioning import ensure_template, provision_portal

    with benchmark_database():
        ensure_template()
        clone_times = [
            _time(lambda i=i: provision_portal(f"Trường Tiểu học Đo Sao Chép {i}", level="th"))
            for i in range(CLONE_RUNS)
        ]
        migrate_times = [_time(lambda i=i: provision_by_migrations(i)) for i in range(MIGRATE_RUNS)]
        connection.set_schema_to_public()
        start = time.perf_counter()
        for i in range(BULK_SCHOOLS):
            provision_portal(f"Trường Mầm non Hàng Loạt {i}", level="mn")
        bulk = time.perf_counter() - start

    clone_median = statistics.median(clone_times)
    migrate_median = statistics.median(migrate_times)
    print("Provisioning one school")
    print(
        f"  by clone      median {clone_median * 1000:8.0f} ms  (n={CLONE_RUNS}, "
        f"min {min(clone_times) * 1000:.0f} ms, max {max(clone_times) * 1000:.0f} ms)"
    )
    print(f"  by migrations median {migrate_median * 1000:8.0f} ms  (n={MIGRATE_RUNS})")
    print(f"  ratio migrations/clone: {migrate_median / clone_median:.1f}x  (goal: >= 10x, clone < 1 s)")
    print(
        f"Provisioning {BULK_SCHOOLS} schools by clone: {bulk:.1f} s total, "
        f"{bulk / BULK_SCHOOLS * 1000:.0f} ms per school"
    )
    return {"clone_median_s": clone_median, "migrate_median_s": migrate_median, "bulk_50_s": bulk}
