"""Alerts are stored once per event and e-mailed once to the district's staff, never on every run."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django_tenants.utils import tenant_context

from monitoring import tasks
from monitoring.models import Alert, MonitoringSettings
from tests.monitoring.monitoring_helpers import disclosure_data, health_data, put_snapshot

pytestmark = pytest.mark.django_db


def test_alert_is_mailed_once_and_resolved_when_gone(school_a, school_b, district):
    with tenant_context(district):
        get_user_model().objects.create_superuser("truongphong", "truongphong@ptdm.edu.vn", "MatKhau@2025")
    MonitoringSettings.objects.create(silent_days=20)
    put_snapshot(school_a, "monitoring", health_data(days_since=25))
    put_snapshot(school_a, "disclosure", disclosure_data(overdue=1))
    put_snapshot(school_b, "monitoring", health_data(days_since=3))

    new = tasks.evaluate()
    assert {(a.portal_id, a.kind) for a in new} == {(school_a.pk, "silent"), (school_a.pk, "overdue")}
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["truongphong@ptdm.edu.vn"]
    assert "Không đăng bài mới 25 ngày" in message.body and school_a.name in message.body
    assert "tptdm" in message.body and "/admin/giam-sat/" in message.body  # link on the district's own host

    assert tasks.evaluate() == []  # the next hourly run: same conditions, nothing stored, nothing sent
    assert len(mail.outbox) == 1
    assert Alert.objects.filter(portal=school_a).count() == 2

    put_snapshot(school_a, "disclosure", disclosure_data(overdue=0))  # the school disclosed the item
    tasks.evaluate()
    overdue = Alert.objects.get(portal=school_a, kind="overdue")
    assert overdue.resolved_at is not None and overdue.emailed_at is not None
    assert len(mail.outbox) == 1


def test_new_silence_after_a_publication_is_a_new_alert(school_a):
    MonitoringSettings.objects.create(silent_days=20)
    put_snapshot(school_a, "monitoring", health_data(days_since=25))
    tasks.evaluate(send=False)
    put_snapshot(school_a, "monitoring", health_data(days_since=2))
    tasks.evaluate(send=False)
    put_snapshot(school_a, "monitoring", health_data(days_since=22))
    tasks.evaluate(send=False)
    silences = Alert.objects.filter(portal=school_a, kind="silent").order_by("created_at")
    assert silences.count() == 2
    assert silences[0].resolved_at is not None and silences[1].resolved_at is None
