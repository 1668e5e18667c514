"""/metrics: off by default; on, Prometheus text for requests and the worker's queue, to allowed readers only."""

import pytest
from django.test import Client
from prometheus_client.parser import text_string_to_metric_families

from portal.search.models import IndexJob

pytestmark = pytest.mark.django_db


@pytest.fixture
def metrics_on(settings):
    settings.PORTAL_METRICS_ENABLED = True
    settings.PORTAL_METRICS_ALLOWED_IPS = ["127.0.0.1"]
    settings.PORTAL_METRICS_TOKEN = "bi-mat-giam-sat"


def samples(text):
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def test_disabled_by_default(settings):
    settings.PORTAL_METRICS_ENABLED = False
    assert Client(HTTP_HOST="127.0.0.1").get("/metrics").status_code == 404


def test_requests_latency_and_queue_depth(metrics_on, school_a, portal_client):
    IndexJob.objects.create(schema_name=school_a.schema_name, model_label="x.y", object_id=1)
    client = portal_client(school_a)
    client.get("/khong-co-trang-nay/")  # counted by the middleware (a 404)
    response = client.get("/metrics", REMOTE_ADDR="127.0.0.1")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain; version=")  # Prometheus text format
    values = samples(response.content.decode())
    assert values[("portal_worker_queue_jobs", (("status", "pending"),))] >= 1
    assert values[("portal_http_requests_total", (("method", "GET"), ("status", "404")))] >= 1
    assert values[("portal_http_request_duration_seconds_count", (("method", "GET"),))] >= 1


def test_other_addresses_need_the_token(metrics_on):
    client = Client(HTTP_HOST="127.0.0.1")
    assert client.get("/metrics", REMOTE_ADDR="203.0.113.9").status_code == 404
    assert client.get("/metrics", REMOTE_ADDR="203.0.113.9", HTTP_AUTHORIZATION="Bearer sai").status_code == 404
    ok = client.get("/metrics", REMOTE_ADDR="203.0.113.9", HTTP_AUTHORIZATION="Bearer bi-mat-giam-sat")
    assert ok.status_code == 200


def test_a_forwarded_request_is_not_trusted_by_the_proxys_address(metrics_on, settings):
    settings.PORTAL_TRUSTED_PROXIES = 0
    client = Client(HTTP_HOST="127.0.0.1")
    assert client.get("/metrics", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.7").status_code == 404
    settings.PORTAL_TRUSTED_PROXIES = 1
    assert client.get("/metrics", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.7").status_code == 404
    assert client.get("/metrics", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="127.0.0.1").status_code == 200
