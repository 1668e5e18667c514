"""The dashboard's query budget: the same number of queries for 2 schools as for 40 (no per-school query)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import schema_context

from monitoring import tasks
from tests.monitoring.monitoring_helpers import add_articles, disclosure_data, health_data, put_snapshot, rule
from tests.monitoring.monitoring_rows import fake_schools

pytestmark = pytest.mark.django_db

BUDGET = 25  # about 10 of them the admin's own (session, user, menu)


def _count(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/admin/giam-sat/")
    assert response.status_code == 200
    # django-tenants sets the search path before each query; count the real ones
    sql = [q["sql"] for q in queries.captured_queries if not q["sql"].startswith("SET search_path")]
    return len(sql), response


def test_query_count_does_not_grow_with_schools(school_a, district, superuser_client):
    rule("articles_year", ">=", 40)
    put_snapshot(school_a, "monitoring", health_data(days_since=50))
    put_snapshot(school_a, "disclosure", disclosure_data(overdue=2))
    add_articles(school_a, 3)
    tasks.evaluate(send=False)
    client = superuser_client(district)
    few, _ = _count(client)
    with schema_context("public"):
        fake_schools(40)
    tasks.evaluate(send=False)
    many, response = _count(client)
    assert few <= BUDGET, f"{few} queries"
    assert many <= few, f"{few} queries for 2 schools, {many} for 42"  # the first request warms a cache
    assert len(response.context["statuses"]) >= 42
