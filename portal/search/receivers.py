"""Signals that put index work on the queue: publish, unpublish, save, delete, move, privacy.

Connected for every page type (``sender`` left open, filtered by ``isinstance``) so page types added
by other apps are covered without being imported. A move or a view restriction changes the URL or
the visibility of a whole subtree, so the page and all its descendants are queued.
https://docs.wagtail.org/en/stable/reference/signals.html
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move, pre_page_move

from portal.search.queue import enqueue_page, enqueue_subtree

# Fields a draft save or revision bookkeeping touches; they never change what visitors see.
_BOOKKEEPING_FIELDS = frozenset(
    {
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "latest_revision",
        "locked",
        "locked_at",
        "locked_by",
        "live_revision",
        "content_type",
        "translation_key",
    }
)


@receiver(page_published, dispatch_uid="portal_search_published")
def on_published(sender, instance, **kwargs):
    enqueue_page(instance)


@receiver(page_unpublished, dispatch_uid="portal_search_unpublished")
def on_unpublished(sender, instance, **kwargs):
    enqueue_page(instance, "delete")


@receiver(post_save, dispatch_uid="portal_search_page_saved")
def on_page_saved(sender, instance, update_fields=None, **kwargs):
    """A live page saved in place (scripts, imports, seeders) without going through publish."""
    if not isinstance(instance, Page) or not instance.live:
        return
    if update_fields is not None and set(update_fields) <= _BOOKKEEPING_FIELDS:
        return
    enqueue_page(instance)


@receiver(post_delete, dispatch_uid="portal_search_page_deleted")
def on_page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        enqueue_page(instance, "delete")


@receiver(pre_page_move, dispatch_uid="portal_search_pre_move")
@receiver(post_page_move, dispatch_uid="portal_search_post_move")
@receiver(page_slug_changed, dispatch_uid="portal_search_slug_changed")
def on_subtree_changed(sender, instance, **kwargs):
    enqueue_subtree(instance)


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="portal_search_restriction_saved")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="portal_search_restriction_deleted")
def on_privacy_changed(sender, instance, **kwargs):
    # On delete with its page, the page is gone and enqueue_subtree finds nothing (the page's own
    # post_delete queued its removal).
    enqueue_subtree(instance.page_id)
