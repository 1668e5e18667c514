"""Everything held about one person, across every app: find, export, erase (Law 91/2025/QH15).

Built only from the registry (``portal.personal_data.registry``): an app that declares its models is
covered by the export and the erasure without this module knowing it. Runs inside one portal's schema:
a school's request never reaches another school's data (each portal is its own schema).

Erasure is one function, :func:`erase_record`, used by the data-subject requests, by the retention job
and by the apps' own "erase" buttons: it erases the record the declared way (files and dependent rows
are the model's job), logs an ``ErasureLog`` line without the personal data, and queues the pages that
showed the record for re-indexing, so nothing stays in the search index.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

from portal.personal_data import registry
from portal.personal_data.models import ErasureLog
from portal.search.queue import enqueue_page


def reference_of(declaration, obj):
    code = getattr(obj, declaration.code_field, "") if declaration.code_field else ""
    return str(code or f"{declaration.model_label}#{obj.pk}")


def find(subject, *, exclude=()):
    """``[(declaration, [records])]`` of every declared model holding records about ``subject``."""
    found = []
    for declaration in registry.declarations():
        records = [obj for obj in declaration.records(subject) if (declaration.model_label, obj.pk) not in exclude]
        if records:
            found.append((declaration, records))
    return found


def export(subject, *, exclude=()):
    """A JSON-ready dict: per declared model, its purpose, retention and the person's records."""
    sections = []
    for declaration, records in find(subject, exclude=exclude):
        sections.append(
            {
                "loai_du_lieu": declaration.verbose_name,
                "muc_dich": declaration.purpose,
                "thoi_han_luu": declaration.retention,
                "ban_ghi": [declaration.export_record(obj) for obj in records],
            }
        )
    return {
        "ho_ten": subject.full_name,
        "ngay_sinh": subject.birth_date,
        "xuat_luc": timezone.localtime(),
        "du_lieu": sections,
    }


def export_json(subject, *, exclude=()):
    return json.dumps(export(subject, exclude=exclude), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)


def erase_record(declaration_or_label, obj, *, reason, user="", request_code=""):
    """Erase one record the declared way, log it, re-index the pages that showed it."""
    declaration = registry.get(declaration_or_label) if isinstance(declaration_or_label, str) else declaration_or_label
    pages = declaration.pages_of(obj)
    reference = reference_of(declaration, obj)
    with transaction.atomic():
        declaration.erase_record(obj, reason=reason, user=user)
        ErasureLog.objects.create(
            reference_code=reference[:40],
            kind=declaration.verbose_name[:80],
            reason=reason,
            erased_by=str(user)[:150],
            request_code=request_code,
        )
    for page in pages:
        enqueue_page(page)


def erase(subject, *, user="", request_code="", exclude=()):
    """Erase everything held about ``subject``; returns ``{verbose name: count}``."""
    counts = {}
    for declaration, records in find(subject, exclude=exclude):
        for obj in records:
            erase_record(declaration, obj, reason=ErasureLog.Reason.REQUEST, user=user, request_code=request_code)
        counts[declaration.verbose_name] = len(records)
    return counts


def erase_expired(today=None):
    """Retention: erase every declared record whose ``expires_field`` date has passed (this portal)."""
    today = today or timezone.localdate()
    count = 0
    for declaration in registry.declarations():
        for obj in list(declaration.expired(today)):
            erase_record(declaration, obj, reason=ErasureLog.Reason.RETENTION, user="hệ thống")
            count += 1
    return count


__all__ = ["erase", "erase_expired", "erase_record", "export", "export_json", "find", "reference_of"]
