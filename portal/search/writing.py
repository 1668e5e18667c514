"""One Whoosh writer per batch, retried with backoff while another process holds the lock.

Why: Whoosh allows one writer per index (an ``flock`` on ``WRITELOCK``). Haystack's backend writes
with ``AsyncWriter``, which on a busy lock buffers in a thread and may lose the batch with the
process; its ``remove`` swallows ``LockError`` when ``SILENTLY_FAIL`` is on (docs/architecture.md). Here a
batch either commits whole or raises, and the queue keeps the jobs. Pure Whoosh: the concurrency test
runs this in two processes on one index.
"""

import logging
import random
import time

from whoosh.index import LockError

from portal.search import storage

logger = logging.getLogger(__name__)

LOCK_TIMEOUT = 15.0  # seconds a batch waits for the lock before giving the jobs back
FIRST_DELAY = 0.02
MAX_DELAY = 1.0


class IndexLocked(Exception):
    """The write lock stayed taken for the whole timeout."""


def acquire_lock(lock, *, timeout=LOCK_TIMEOUT, sleep=time.sleep):
    """Acquire a Whoosh file lock with the same backoff as writers; raise IndexLocked on timeout."""
    deadline = time.monotonic() + timeout
    delay = FIRST_DELAY
    while not lock.acquire(blocking=False):
        left = deadline - time.monotonic()
        if left <= 0:
            raise IndexLocked("index locked")
        sleep(min(left, delay * (0.5 + random.random())))  # noqa: S311  # nosec - jitter, not security
        delay = min(delay * 2, MAX_DELAY)
    return lock


def acquire_writer(open_index, *, timeout=LOCK_TIMEOUT, limitmb=64, sleep=time.sleep):
    """``(index, writer, attempts)`` with the write lock, retrying ``LockError`` with jittered exponential backoff.

    The index is reopened on every attempt: when ``rebuild_search`` swaps in a new version while we
    wait, the writer must land in the new version, not in the one just replaced.
    """
    deadline = time.monotonic() + timeout
    delay = FIRST_DELAY
    attempts = 0
    while True:
        attempts += 1
        ix = open_index()
        try:
            return ix, ix.writer(limitmb=limitmb), attempts
        except LockError:
            ix.close()
            left = deadline - time.monotonic()
            if left <= 0:
                raise IndexLocked(f"index locked after {attempts} attempts") from None
            sleep(min(left, delay * (0.5 + random.random())))  # noqa: S311  # nosec - jitter, not security
            delay = min(delay * 2, MAX_DELAY)


def write_batch(schema_name, updates=(), deletes=(), *, root=None, timeout=LOCK_TIMEOUT):
    """Apply document updates and deletions to a portal's live index in one commit.

    ``updates``: Whoosh documents (dicts keyed by schema field); they replace documents with the same
    ``id``. ``deletes``: ``(field, value)`` terms whose documents are removed first. Raises
    :class:`IndexLocked` when the lock never frees; any other error cancels the whole batch. Returns
    the number of attempts it took to get the lock.
    """
    ix, writer, attempts = acquire_writer(lambda: storage.open_for_writing(schema_name, root), timeout=timeout)
    try:
        # One searcher for every deletion: Whoosh's delete_by_term/update_document open a new one per
        # call, which made a batch of 50 cost over a second on a 20,000-document index (make bench).
        terms = list(deletes) + [("id", document["id"]) for document in updates if document.get("id")]
        with writer.searcher() as searcher:
            for field, value in terms:
                for docnum in searcher.document_numbers(**{field: value}):
                    writer.delete_document(docnum)
        for document in updates:
            writer.add_document(**document)
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
    finally:
        ix.close()
    return attempts
