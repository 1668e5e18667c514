"""Projection of published articles, events and notices into the public schema.

Why: the district home page lists the latest news of every school in one query
(``tenants.projections.latest``) instead of entering 55+ schemas in a request
(ARCHITECTURE.md). Rows are written after the publishing transaction commits,
with the portal, absolute URLs (the Site hostname is the official domain) and
the thumbnail captured while still inside the portal's schema.
https://docs.wagtail.org/en/stable/reference/signals.html
"""

import datetime
import logging

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from portal.news.models import EventPage, NewsArticlePage, NoticePage
from tenants import projections

logger = logging.getLogger(__name__)

PROJECTED_MODELS = (NewsArticlePage, EventPage, NoticePage)


def published_at(page):
    """The page's date at the time of day it was first published (Asia/Ho_Chi_Minh)."""
    first = page.first_published_at or timezone.now()
    moment = datetime.datetime.combine(page.date, timezone.localtime(first).time())
    return timezone.make_aware(moment)


def projection_values(page):
    return {
        "title": page.title,
        "url": page.get_full_url(),
        "summary": page.get_summary(),
        "image_url": page.thumbnail_url(),
        "published_at": published_at(page),
    }


def is_projectable(page):
    return page.live and page.get_full_url() and not page.get_view_restrictions().exists()


def project(page):
    """Schedule the projection (or its withdrawal) of one page after the current transaction."""
    portal = projections.current_portal()
    if portal is None:
        return
    kind, object_id = page.feed_kind, page.pk
    if is_projectable(page):
        values = projection_values(page)
        transaction.on_commit(
            lambda: projections.record_published(kind, object_id, portal=portal, **values), robust=True
        )
    else:
        transaction.on_commit(lambda: projections.withdraw(kind, object_id, portal=portal), robust=True)


def withdraw(page):
    portal = projections.current_portal()
    if portal is None:
        return
    kind, object_id = page.feed_kind, page.pk
    transaction.on_commit(lambda: projections.withdraw(kind, object_id, portal=portal), robust=True)


def project_subtree(page):
    """Re-project every projected page at or below ``page`` (its URL or visibility changed)."""
    for model in PROJECTED_MODELS:
        for descendant in model.objects.descendant_of(page, inclusive=True).live():
            project(descendant)


@receiver(page_published)
def on_published(sender, instance, **kwargs):
    if isinstance(instance, PROJECTED_MODELS):
        project(instance)


@receiver(page_unpublished)
def on_unpublished(sender, instance, **kwargs):
    if isinstance(instance, PROJECTED_MODELS):
        withdraw(instance)


def on_deleted(sender, instance, **kwargs):
    withdraw(instance)


for _model in PROJECTED_MODELS:
    post_delete.connect(on_deleted, sender=_model, dispatch_uid=f"news_projection_delete_{_model.__name__}")


@receiver(page_slug_changed)
def on_slug_changed(sender, instance, **kwargs):
    project_subtree(instance)


@receiver(post_page_move)
def on_moved(sender, instance, **kwargs):
    project_subtree(instance)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def on_privacy_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:  # None when the restriction goes with its deleted page
        project_subtree(page)
