"""One writer at a time: concurrent writers wait for the lock and lose nothing; a held lock defers jobs."""

import multiprocessing
import threading
import time
from contextlib import contextmanager

import pytest
from django_tenants.utils import tenant_context
from whoosh.query import Every

from portal.search import storage, worker
from portal.search.models import IndexJob
from portal.search.worker import drain
from portal.search.writing import IndexLocked, write_batch
from tests.search.concurrent_writers import write_many
from tests.search.conftest import add_page, container


def doc_count(schema_name, root):
    with storage.open_for_reading(schema_name, root).searcher() as searcher:
        return len(searcher.search(Every(), limit=None))


def test_two_processes_writing_batches_lose_no_update(tmp_path):
    storage.activate("concurrent", storage.new_version("concurrent", tmp_path), tmp_path)
    context = multiprocessing.get_context("spawn")
    with context.Pool(2) as pool:
        results = [pool.apply_async(write_many, (str(tmp_path), "concurrent", worker, 25, 8)) for worker in (1, 2)]
        attempts = [result.get(timeout=120) for result in results]
    assert doc_count("concurrent", tmp_path) == 2 * 25 * 8
    assert sum(attempts) >= 50  # at least one attempt per batch (more when they collided)


def test_two_threads_writing_batches_lose_no_update(tmp_path):
    storage.activate("threads", storage.new_version("threads", tmp_path), tmp_path)
    threads = [threading.Thread(target=write_many, args=(str(tmp_path), "threads", worker, 15, 5)) for worker in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert doc_count("threads", tmp_path) == 2 * 15 * 5


@contextmanager
def hold_lock(schema_name, root, seconds):
    """Take the write lock like another process would; release it after ``seconds`` (or on exit)."""
    ix = storage.open_for_writing(schema_name, root)
    writer = ix.writer()
    lock = threading.Lock()

    def release():
        with lock:
            if not writer.is_closed:
                writer.cancel()

    timer = threading.Timer(seconds, release)
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        release()


def test_a_writer_waits_for_the_lock_then_commits(tmp_path):
    storage.activate("busy", storage.new_version("busy", tmp_path), tmp_path)
    with hold_lock("busy", tmp_path, 0.6):
        started = time.monotonic()
        attempts = write_batch("busy", updates=[{"id": "a", "title": "Một", "page_id": "1"}], root=tmp_path, timeout=10)
    assert time.monotonic() - started >= 0.5 and attempts > 1
    assert doc_count("busy", tmp_path) == 1


def test_a_lock_that_never_frees_raises_index_locked(tmp_path):
    storage.activate("stuck", storage.new_version("stuck", tmp_path), tmp_path)
    with hold_lock("stuck", tmp_path, 3), pytest.raises(IndexLocked):
        write_batch("stuck", updates=[{"id": "a", "title": "Một"}], root=tmp_path, timeout=0.3)


def test_worker_gives_jobs_back_while_the_index_is_locked(school_a, django_capture_on_commit_callbacks, monkeypatch):
    with django_capture_on_commit_callbacks(execute=True), tenant_context(school_a):
        page = add_page(container(), "Tin chờ khóa chỉ mục", "")
    drain(schemas=[school_a.schema_name])  # builds the index
    with django_capture_on_commit_callbacks(execute=True), tenant_context(school_a):
        page.title = "Tin chờ khóa chỉ mục đã sửa"
        page.save_revision().publish()
    monkeypatch.setattr(worker, "WRITE_LOCK_TIMEOUT", 0.3)  # the worker's patience, not a mock
    with hold_lock(school_a.schema_name, None, 5):
        stats = drain(schemas=[school_a.schema_name])
    assert stats.deferred >= 1 and stats.failed == 0
    job = IndexJob.objects.filter(schema_name=school_a.schema_name, object_id=page.pk).latest("pk")
    assert (job.status, job.attempts) == ("pending", 0)
