"""Retention of personal data in submissions: erased when their period ends (Law 91/2025/QH15).

Every submission carries ``erase_after`` (its form's retention period from the day it arrived). The
worker runs :func:`erase_expired_everywhere` daily; it enters each portal's schema in turn (every job
carries its schema, docs/architecture.md) and erases expired submissions with their files and consent
records, leaving an ``ErasureLog`` line without personal data.
"""

import logging

from django.utils import timezone
from django_tenants.utils import tenant_context

from procedures.models import ErasureLog, OnlineFormSubmission

logger = logging.getLogger(__name__)


def erase_expired(today=None):
    """Erase this portal's expired submissions; returns how many."""
    from procedures.admin_views import erase_submission

    today = today or timezone.localdate()
    count = 0
    for submission in OnlineFormSubmission.objects.filter(erase_after__lt=today):
        erase_submission(submission, reason=ErasureLog.Reason.RETENTION, user="hệ thống")
        count += 1
    for model in _retained_models():
        for record in model.objects.filter(erase_after__lt=today):
            record.erase(reason=ErasureLog.Reason.RETENTION, user="hệ thống")
            count += 1
    return count


def _retained_models():
    """Other records with personal data and an ``erase_after`` date (admission, exam registrations)."""
    from procedures import models

    return [getattr(models, name) for name in ("AdmissionApplication", "ExamCandidate") if hasattr(models, name)]


def erase_expired_everywhere():
    from tenants.models import Portal

    total = 0
    for portal in Portal.objects.exclude(kind=Portal.Kind.TEMPLATE):
        with tenant_context(portal):
            erased = erase_expired()
        if erased:
            logger.info("Erased %s expired submissions in %s", erased, portal.schema_name)
        total += erased
    return total
