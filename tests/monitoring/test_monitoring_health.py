"""The health snapshot is built inside each school's schema (sections, logins) and read in the public schema."""

from datetime import timedelta

import pytest
from axes.models import AccessFailureLog, AccessLog
from django.contrib.auth import get_user_model
from django.utils import timezone
from django_tenants.utils import schema_context, tenant_context

from monitoring import alerts, health, metrics, tasks
from monitoring.health import KEY
from monitoring.models import Alert
from tenants.models import PortalSnapshot
from tests.news.news_helpers import make_article

pytestmark = pytest.mark.django_db


def _log(model, **fields):
    row = model.objects.create(user_agent="pytest", http_accept="*/*", path_info="/admin/login/", **fields)
    model.objects.filter(pk=row.pk).update(attempt_time=fields.get("attempt_time", timezone.now()))


def test_snapshot_holds_sections_and_security_events_of_its_school_only(school_a, school_b):
    now = timezone.now()
    with tenant_context(school_a):
        _log(AccessFailureLog, username="admin", ip_address="10.0.0.9", locked_out=False)
        _log(AccessFailureLog, username="admin", ip_address="10.0.0.9", locked_out=True)
        _log(
            AccessFailureLog,
            username="cu",
            ip_address="10.0.0.9",
            locked_out=True,
            attempt_time=now - timedelta(days=45),
        )
        get_user_model().objects.create_superuser("quantri", "quantri@ptdm.edu.vn", "MatKhau@2025")
        _log(AccessLog, username="quantri", ip_address="10.0.0.1", attempt_time=now - timedelta(days=60))
        _log(AccessLog, username="quantri", ip_address="10.0.0.1", attempt_time=now - timedelta(days=3))
        _log(AccessLog, username="quantri", ip_address="203.0.113.7", attempt_time=now - timedelta(days=1))
    health.rebuild(school_a)
    health.rebuild(school_b)
    with schema_context("public"):
        a = PortalSnapshot.objects.get(portal=school_a, key=KEY).data
        b = PortalSnapshot.objects.get(portal=school_b, key=KEY).data
    keys = {section["key"] for section in a["sections"]}
    assert {"tin-tuc", "cong-khai", "thu-tuc-bieu-mau", "lien-he"} <= keys
    assert all(section["present"] for section in a["sections"])
    assert a["logins"]["failed_30d"] == 2 and a["logins"]["lockouts_30d"] == 1  # the 45-day-old one is out
    assert [e["ip"] for e in a["logins"]["new_addresses"]] == ["203.0.113.7"]
    assert b["logins"] == {"failed_30d": 0, "lockouts_30d": 0, "lockouts": [], "new_addresses": []}
    # Worker run: the lockout and the new address become alerts of school A only.
    new = tasks.evaluate(send=False)
    kinds = {(alert.portal_id, alert.kind) for alert in new}
    assert (school_a.pk, Alert.Kind.LOCKOUT) in kinds and (school_a.pk, Alert.Kind.NEW_ADDRESS) in kinds
    assert not any(pid == school_b.pk and kind in ("lockout", "new_address") for pid, kind in kinds)
    status = {s.portal.pk: s for s in metrics.schools()}[school_a.pk]
    assert status.metrics["lockouts_30d"] == 1 and status.metrics["domain_ok"] == 1
    assert alerts.detect(status, 30)  # still detected: a second run finds them, stores nothing new
    assert tasks.evaluate(send=False) == []


def test_publishing_refreshes_the_snapshot_after_commit(school_a, django_capture_on_commit_callbacks):
    with tenant_context(school_a), django_capture_on_commit_callbacks(execute=True):
        make_article("Khai giảng năm học mới")
    with schema_context("public"):
        data = PortalSnapshot.objects.get(portal=school_a, key=KEY).data
    news = next(s for s in data["sections"] if s["key"] == "tin-tuc")
    assert news["non_empty"] and news["items"] >= 1
    assert data["last_published"] is not None
