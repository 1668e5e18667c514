"""Fixtures of the search tests: a fresh SEARCH_ROOT per test and page helpers."""

import itertools
from contextlib import contextmanager

import pytest
from django_tenants.utils import tenant_context

from portal.text import ascii_slug

_counter = itertools.count()


@pytest.fixture(autouse=True)
def search_root(settings, tmp_path):
    """Index folders of this test only (files are not rolled back with the database)."""
    settings.SEARCH_ROOT = tmp_path / "search"
    return settings.SEARCH_ROOT


@pytest.fixture(autouse=True)
def _close_searchers():
    """Searchers are kept open across searches (portal.search.searchers); not across tests."""
    yield
    from portal.search import searchers

    searchers.discard()


def home_page():
    from portal.core.models import HomePage

    return HomePage.objects.get()


def container(title="Kho tìm kiếm thử"):
    """A section page under the home page to hold test pages (call inside tenant_context)."""
    from portal.core.models import SectionPage

    existing = SectionPage.objects.filter(title=title).first()
    if existing:
        return existing
    return add_page(home_page(), title)


def add_page(parent, title, body="", *, live=True, search_description=""):
    """A generic SectionPage (rich text body) published under ``parent``; draft when ``live`` is False."""
    from portal.core.models import SectionPage

    page = SectionPage(
        title=title,
        slug=f"{ascii_slug(title)[:40]}-{next(_counter)}",
        body=f"<p>{body}</p>" if body else "",
        search_description=search_description,
        live=False,
    )
    parent.add_child(instance=page)
    if live:
        page.save_revision().publish()
    return page


@pytest.fixture
def in_portal():
    """``with in_portal(portal): ...`` is tenant_context."""
    return tenant_context


@contextmanager
def committed_corpus(schema_name, pages, root, django_db_blocker):
    """Pages committed once for a whole test module (page publishing costs ~0.15 s each), indexed in
    ``root``; removed with their queue and database rows afterwards.

    ``pages``: ``(title, body)`` pairs published under a fresh container section. Yields the portal.
    """
    from django.conf import settings
    from wagtail.models import Page

    from portal.search.indexing import rebuild_portal
    from portal.search.models import IndexJob, SearchDocument
    from tenants.models import Portal

    with django_db_blocker.unblock():
        portal = Portal.objects.prefetch_related("domains").get(schema_name=schema_name)
        first_job = IndexJob.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        with tenant_context(portal):
            box = add_page(home_page(), f"Kho thử {next(_counter)}")
            for title, body in pages:
                add_page(box, title, body)
        previous_root, settings.SEARCH_ROOT = settings.SEARCH_ROOT, root
        try:
            rebuild_portal(portal)
        finally:
            settings.SEARCH_ROOT = previous_root
    try:
        yield portal
    finally:
        with django_db_blocker.unblock():
            with tenant_context(portal):
                Page.objects.get(pk=box.pk).delete()
            IndexJob.objects.filter(pk__gt=first_job).delete()
            SearchDocument.objects.filter(schema_name=schema_name).delete()
