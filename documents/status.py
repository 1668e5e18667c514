"""The effect (hiệu lực) of a document, derived from its dates and from the documents that act on it.

Why derived and never stored: whether a document is in force changes with the calendar (a law "chưa có
hiệu lực" today is "còn hiệu lực" next month) and with other documents (publishing 09/2024/TT-BGDĐT makes
36/2017/TT-BGDĐT "bị thay thế" without anyone editing it). A stored status would be stale by design.

The same rules exist twice: :func:`derive_status` in Python for one document, :func:`status_q` as a SQL
condition so the public list can filter on status without loading every row. Both read the same four
inputs under the same names (``effective_from``, ``expiry_date``, ``replaced_from``, ``amended_from``), which
``documents.queries`` annotates on pages and ``documents_public.DistrictDocument`` stores as columns.

Rules, first match wins (tests: ``tests/documents/test_status.py``):

1. ``today < effective_from``: chưa có hiệu lực (a replaced or amended document can't be "not yet").
2. a replacing document in force (``replaced_from <= today``): bị thay thế.
3. ``expiry_date <= today`` (the date from which it no longer applies): hết hiệu lực.
4. an amending document in force (``amended_from <= today``): bị sửa đổi một phần.
5. otherwise: còn hiệu lực.
"""

import datetime

from django.db import models
from django.db.models import Q


class Status(models.TextChoices):
    IN_FORCE = "con-hieu-luc", "Còn hiệu lực"
    EXPIRED = "het-hieu-luc", "Hết hiệu lực"
    NOT_YET = "chua-co-hieu-luc", "Chưa có hiệu lực"
    REPLACED = "bi-thay-the", "Bị thay thế"
    AMENDED = "bi-sua-doi-mot-phan", "Bị sửa đổi một phần"


def _reached(date, today):
    return date is not None and date <= today


def derive_status(today, *, effective_from, expiry_date=None, replaced_from=None, amended_from=None):
    """Status of one document on ``today``.

    ``effective_from``: the date it takes effect (the issue date when no effective date is given);
    ``replaced_from`` / ``amended_from``: the earliest date from which a replacing / amending document
    takes effect, or None when nothing replaces / amends it.
    """
    if not isinstance(today, datetime.date):
        raise TypeError("today must be a date")
    if effective_from is not None and today < effective_from:
        return Status.NOT_YET
    if _reached(replaced_from, today):
        return Status.REPLACED
    if _reached(expiry_date, today):
        return Status.EXPIRED
    if _reached(amended_from, today):
        return Status.AMENDED
    return Status.IN_FORCE


def _not_reached(field, today):
    """Explicit complement of ``field <= today``: ``~Q`` on an annotation would drop NULL rows in SQL."""
    return Q(**{f"{field}__isnull": True}) | Q(**{f"{field}__gt": today})


def status_q(status, today):
    """A ``Q`` selecting rows whose derived status on ``today`` is ``status`` (same rules as above)."""
    not_yet = Q(effective_from__gt=today)
    started = Q(effective_from__isnull=True) | Q(effective_from__lte=today)
    replaced, not_replaced = Q(replaced_from__lte=today), _not_reached("replaced_from", today)
    expired, not_expired = Q(expiry_date__lte=today), _not_reached("expiry_date", today)
    amended, not_amended = Q(amended_from__lte=today), _not_reached("amended_from", today)
    conditions = {
        Status.NOT_YET: [not_yet],
        Status.REPLACED: [started, replaced],
        Status.EXPIRED: [started, not_replaced, expired],
        Status.AMENDED: [started, not_replaced, not_expired, amended],
        Status.IN_FORCE: [started, not_replaced, not_expired, not_amended],
    }
    if status not in conditions:
        raise ValueError(f"Unknown status {status!r}")
    combined = Q()
    for condition in conditions[status]:
        combined &= condition
    return combined
