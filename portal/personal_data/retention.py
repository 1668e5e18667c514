"""The daily privacy job (``portal_periodic_task`` ``personal_data.expire``): expiry and retention.

For every portal, inside its own schema (every job carries its schema, docs/architecture.md):

1. public lists past their end date (``PersonalDataPublication``) are recorded as withdrawn and their
   page re-indexed (the list itself disappears from the site on the end date, checked on every view);
2. lists past their erasure date lose their rows, logged in ``ErasureLog``;
3. every declared record past its ``expires_field`` date is erased the declared way
   (``portal.personal_data.subjects.erase_expired``: submissions with their files, applications,
   registrations, consent records, closed requests...);
4. the district's ``privacy`` snapshot is rebuilt.
"""

import logging

from django.apps import apps
from django.db import transaction
from django.utils import timezone
from django_tenants.utils import tenant_context

from portal.personal_data.models import ErasureLog
from portal.personal_data.publication import PersonalDataPublication
from portal.personal_data.subjects import erase_expired
from portal.search.queue import enqueue_page
from tenants import projections

logger = logging.getLogger(__name__)


def publication_models():
    """Concrete page models publishing lists of people (any app)."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, PersonalDataPublication) and not model._meta.abstract and not model._meta.proxy
    ]


def withdraw_expired(today=None):
    """Record the withdrawal of lists past their end date; returns the pages withdrawn."""
    today = today or timezone.localdate()
    withdrawn = []
    for model in publication_models():
        for page in model.objects.filter(personal_until__lt=today, personal_withdrawn_at__isnull=True):
            model.objects.filter(pk=page.pk).update(personal_withdrawn_at=timezone.now())  # no new revision
            enqueue_page(page)
            withdrawn.append(page)
    return withdrawn


def erase_expired_lists(today=None):
    """Erase the rows of lists past their erasure date; returns how many lists."""
    today = today or timezone.localdate()
    count = 0
    for model in publication_models():
        for page in model.objects.filter(personal_erase_after__lt=today, personal_erased_at__isnull=True):
            with transaction.atomic():
                rows = page.erase_personal_rows()
                model.objects.filter(pk=page.pk).update(personal_erased_at=timezone.now())
                ErasureLog.objects.create(
                    reference_code=f"trang-{page.pk}",
                    kind=f"{page.personal_rows_label} ({rows}): {page.title}"[:80],
                    reason=ErasureLog.Reason.RETENTION,
                    erased_by="hệ thống",
                )
            enqueue_page(page)
            count += 1
    return count


def expire(today=None):
    """This portal's expiry and retention; returns ``(withdrawn lists, erased lists, erased records)``."""
    withdrawn = withdraw_expired(today)
    lists = erase_expired_lists(today)
    records = erase_expired(today)
    return len(withdrawn), lists, records


def expire_everywhere():
    from tenants.models import Portal

    for portal in Portal.objects.exclude(kind=Portal.Kind.TEMPLATE):
        with tenant_context(portal):
            result = expire()
        if any(result):
            logger.info("privacy expiry in %s: %s lists withdrawn, %s erased, %s records", portal.schema_name, *result)
        projections.rebuild(portal, names=["privacy"])
