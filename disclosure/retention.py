"""Retention: a published disclosure item is kept (never hard-deleted) for at least five years.

Thông tư 09/2024 keeps disclosed information on the portal for at least 5 years (DOMAIN.md). The
admin refuses to delete or unpublish such an item, or a school year holding one, with a Vietnamese
message (``disclosure.wagtail_hooks``); the model refuses it too (``pre_delete``), so no other path
(a script, a bulk action, deleting the year) removes it. Past years stay browsable.
"""

from django.core.exceptions import PermissionDenied
from django.utils import timezone

from disclosure.models import DisclosureItemPage

RETENTION_YEARS = 5


class RetentionError(PermissionDenied):
    pass


def keep_until(page):
    """The first day the item may be deleted, or None if it was never published."""
    first = page.first_published_at
    if first is None:
        return None
    first = timezone.localtime(first).date()
    try:
        return first.replace(year=first.year + RETENTION_YEARS)
    except ValueError:  # 29/02
        return first.replace(year=first.year + RETENTION_YEARS, day=28)


def is_retained(page, today=None):
    until = keep_until(page)
    return until is not None and (today or timezone.localdate()) < until


def retained_items(pages, today=None):
    """The retained item pages among ``pages`` and their descendants."""
    found = []
    for page in pages:
        items = DisclosureItemPage.objects.descendant_of(page, inclusive=True)
        found.extend(item for item in items if is_retained(item, today))
    return found


def message(pages):
    first = pages[0]
    return (
        f"Không thể xóa hoặc gỡ “{first.title}”: thông tin công khai đã công bố được lưu ít nhất "
        f"{RETENTION_YEARS} năm (đến ngày {keep_until(first):%d/%m/%Y}). Hãy cập nhật nội dung thay vì xóa."
    )


def refuse_delete(sender, instance, **kwargs):
    if is_retained(instance):
        raise RetentionError(message([instance]))
