"""Publishing writes the public history and refreshes the compliance snapshot.

- An item published: one :class:`DisclosurePublication` row (the date and what changed), and for a
  recurring item the first publication date of each period it holds (:class:`PeriodPublication`).
- Any item or year published, unpublished or deleted: the school's compliance snapshot is rebuilt after
  commit, through the projection of the section page (``disclosure.projection``).
"""

from django.db.models.signals import pre_delete
from django.utils import timezone
from wagtail.signals import page_published, page_unpublished

from disclosure.models import (
    DisclosureIndexPage,
    DisclosureItemPage,
    DisclosurePublication,
    DisclosureYearPage,
    PeriodPublication,
)
from disclosure.projection import COMPLIANCE
from disclosure.retention import refuse_delete
from tenants import projections

FIRST_NOTE = "Công bố lần đầu"
UPDATE_NOTE = "Cập nhật nội dung"


def record_publication(sender, instance, **kwargs):
    page = instance
    when = page.last_published_at or timezone.now()
    previous = page.publications.order_by("-published_at").first()
    if previous is None:
        note = page.change_note or FIRST_NOTE
    else:
        note = page.change_note if page.change_note and page.change_note != previous.note else UPDATE_NOTE
    DisclosurePublication.objects.create(page=page, published_at=when, note=note)
    day = timezone.localtime(when).date()
    for entry in page.entries.all():
        PeriodPublication.objects.get_or_create(
            page=page, period_start=entry.period_start, defaults={"published_on": day}
        )
    refresh_compliance(page)


def refresh_compliance(page, **kwargs):
    index = DisclosureIndexPage.objects.ancestor_of(page, inclusive=True).first()
    if index is not None:
        projections.schedule(COMPLIANCE, {index.pk})


def on_changed(sender, instance, **kwargs):
    refresh_compliance(instance)


def connect():
    # First: a refused delete raises before anything else reacts to it.
    pre_delete.connect(refuse_delete, sender=DisclosureItemPage, dispatch_uid="disclosure_retention")
    page_published.connect(record_publication, sender=DisclosureItemPage, dispatch_uid="disclosure_publication")
    page_published.connect(on_changed, sender=DisclosureYearPage, dispatch_uid="disclosure_year_published")
    for model in (DisclosureItemPage, DisclosureYearPage):
        page_unpublished.connect(on_changed, sender=model, dispatch_uid=f"disclosure_unpublished_{model.__name__}")
        pre_delete.connect(on_changed, sender=model, dispatch_uid=f"disclosure_deleted_{model.__name__}")
