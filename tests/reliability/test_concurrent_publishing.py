"""Two editors publishing in two schools while the search worker indexes: every published page ends in its
school's index and in no other; a page unpublished meanwhile in none.

The editors are two threads of this process, each with its own database connection (committed at once,
as in production; the pages are deleted again at the end); the worker is the real ``search_worker``
command in a process of its own, polling every 0.2 s. A minute in ``make test-slow``, a few seconds in
``make test``.
"""

import itertools
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection, connections
from django_tenants.utils import schema_context, tenant_context
from wagtail.models import Page
from whoosh.query import Every

from portal.ops.models import WorkerTaskRun
from portal.search import storage
from portal.search.models import IndexJob
from tests.search.conftest import add_page, container

ROOT = Path(__file__).resolve().parents[2]
UNPUBLISH_EVERY = 5
pytestmark = pytest.mark.django_db


class Editor(threading.Thread):
    """Publishes pages in one school until ``stop``; every fifth one is unpublished again right after."""

    def __init__(self, portal, tag, stop):
        super().__init__()
        self.portal, self.tag, self.stop = portal, tag, stop
        self.published, self.unpublished, self.errors = {}, {}, []

    def run(self):
        try:
            with tenant_context(self.portal):
                section = container(f"Kho đăng đồng thời {self.tag}")
                for n in itertools.count(1):
                    if self.stop.is_set():
                        break
                    title = f"Bài đăng đồng thời {self.tag} số {n}"
                    page = add_page(section, title, f"Nội dung kiểm thử song song của trường {self.tag}.")
                    if n % UNPUBLISH_EVERY == 0:
                        page.refresh_from_db()  # the instance still says live=False (published from a revision)
                        page.unpublish()
                        assert not Page.objects.get(pk=page.pk).live
                        self.unpublished[page.pk] = title
                    else:
                        self.published[page.pk] = title
                self.section_id = section.pk
        except Exception as error:  # noqa: BLE001  (reported by the test)
            self.errors.append(error)
        finally:
            connections.close_all()


def indexed(schema_name):
    """``{page id: (title, schema)}`` of the section pages in a portal's index."""
    with storage.open_for_reading(schema_name).searcher() as searcher:
        return {
            int(hit["django_id"]): (hit["title"], hit["schema"])
            for hit in searcher.search(Every(), limit=None)
            if hit["django_ct"] == "core.sectionpage"
        }


def pending_jobs(schema_names):
    return IndexJob.objects.filter(
        schema_name__in=schema_names, status__in=[IndexJob.Status.PENDING, IndexJob.Status.RUNNING]
    ).count()


def wait_for_queue(schema_names, timeout=120):
    deadline = time.monotonic() + timeout
    while pending_jobs(schema_names):
        assert time.monotonic() < deadline, "the worker did not drain the queue"
        time.sleep(0.2)


def start_worker(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.e2e.settings",
        "PORTAL_E2E_DB": connection.settings_dict["NAME"],
        "PORTAL_TEST_ROOT": str(Path(settings.SEARCH_ROOT).parent),
        "PYTHONPATH": str(ROOT),
    }
    log = open(tmp_path / "worker.log", "w")
    process = subprocess.Popen(
        [sys.executable, "manage.py", "search_worker", "--poll", "0.2"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    return process, log


def delete_pages(portal, section_id):
    def run():
        try:
            with tenant_context(portal):
                Page.objects.get(pk=section_id).specific.delete()
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()


def forget_worker_runs():
    """The worker process committed its periodic tasks' runs (public schema): other tests expect none."""

    def run():
        try:
            with schema_context("public"):
                WorkerTaskRun.objects.all().delete()
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()


@pytest.mark.parametrize(
    "seconds", [pytest.param(3, id="quick"), pytest.param(60, marks=pytest.mark.slow, id="minute")]
)
def test_concurrent_publishing_in_two_schools_indexes_each_page_in_its_school_only(
    tmp_path, school_a, school_b, seconds
):
    schemas = [school_a.schema_name, school_b.schema_name]
    worker, log = start_worker(tmp_path)
    stop = threading.Event()
    editors = [Editor(school_a, "A", stop), Editor(school_b, "B", stop)]
    try:
        for editor in editors:
            editor.start()
        time.sleep(seconds)
        stop.set()
        for editor in editors:
            editor.join(120)
        assert not any(editor.errors for editor in editors), [editor.errors for editor in editors]
        started = time.monotonic()
        wait_for_queue(schemas)
        lag = time.monotonic() - started
        a, b = editors
        print(
            f"\npublished A {len(a.published)}, B {len(b.published)}; unpublished A {len(a.unpublished)}, "
            f"B {len(b.unpublished)}; queue drained {lag:.1f} s after the editors stopped"
        )
        assert a.published and b.published
        for editor, other in ((a, b), (b, a)):
            found = indexed(editor.portal.schema_name)
            mine = {pk: title for pk, (title, schema) in found.items() if title.startswith("Bài đăng đồng thời")}
            # Page ids are per schema (each school its own sequence): compare ids and titles together.
            assert {pk: mine.get(pk) for pk in editor.published} == editor.published
            unpublished_titles = set(editor.unpublished.values())
            assert not {pk for pk, title in mine.items() if title in unpublished_titles}, "an unpublished page"
            assert not set(other.published.values()) & set(mine.values()), "a page of the other school"
            assert {schema for _, schema in found.values()} <= {editor.portal.schema_name}
    finally:
        stop.set()
        for editor in editors:
            editor.join(120)
            if hasattr(editor, "section_id"):
                delete_pages(editor.portal, editor.section_id)
        try:
            wait_for_queue(schemas)  # the deletions leave the indexes too
        finally:
            worker.terminate()
            worker.wait(30)
            log.close()
            forget_worker_runs()
