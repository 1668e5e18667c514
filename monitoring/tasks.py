"""The worker's monitoring jobs (``portal_periodic_task``): snapshots, monthly history, alerts, reminders."""

from monitoring import alerts, health, history, metrics, reminders
from tenants.models import Portal


def refresh_all():
    """Rebuild every active school's health snapshot (inside its schema), then score, record and alert."""
    for portal in Portal.objects.filter(kind=Portal.Kind.SCHOOL, is_active=True):
        health.rebuild(portal)
    return evaluate()


def evaluate(today=None, *, send=True):
    """From the snapshots only: this month's history rows and the alerts; returns the new alerts."""
    statuses = metrics.schools(today=today)
    history.record(statuses, today)
    return alerts.process(statuses, send=send)


def send_reminders():
    return reminders.send_due()
