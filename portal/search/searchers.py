"""Searchers kept open across requests, reopened only when their index changed.

Why: opening an index reads its TOC and every segment's metadata, and a fresh searcher has cold
caches (term info, field lengths); per query that was a large share of the time at 20,000 documents
(make bench). A searcher is kept per thread and per index path: Whoosh readers opened without mmap
share one file handle per segment and seek on it, so one searcher must not serve two threads at once
(gunicorn's sync workers have one thread; ``runserver`` has one per request).

Before each use the cached searcher is checked with ``Searcher.refresh()``, which compares the
newest TOC generation on disk with the one it has open (a directory listing) and returns a new
searcher, reusing the unchanged segments, when the worker has committed since; a ``rebuild_search``
swaps the folder the portal's link points to, which is detected by resolving the link.
https://whoosh.readthedocs.io/en/latest/searching.html
"""

import threading
from collections import OrderedDict

from portal.search import storage

# Searchers kept per thread, least recently used closed first: each holds a few open files per
# segment, and a process serving hundreds of schools must stay under the open-files limit.
MAX_OPEN = 48

_local = threading.local()


def _cache():
    if not hasattr(_local, "entries"):
        _local.entries = OrderedDict()
    return _local.entries


def acquire(name, root=None):
    """The current searcher of index ``name`` (a portal schema or the district index). Do not close it.

    Raises ``storage.IndexUnavailable`` when the index is missing or unreadable.
    """
    link = storage.index_path(name, root)
    folder = link.resolve()
    entries = _cache()
    key = str(link)
    entry = entries.get(key)
    if entry is not None:
        cached_folder, searcher = entry
        if cached_folder == folder:
            try:
                fresh = searcher.refresh()
            except Exception:  # noqa: BLE001  # files of a pruned version: open again below
                discard(key)
            else:
                entries[key] = (folder, fresh)
                entries.move_to_end(key)
                return fresh
        else:
            discard(key)
    searcher = storage.open_for_reading(name, root).searcher()
    entries[key] = (folder, searcher)
    while len(entries) > MAX_OPEN:
        discard(next(iter(entries)))
    return searcher


def discard(key=None):
    """Close and forget one cached searcher (by index link path) or all of this thread's."""
    entries = _cache()
    keys = [key] if key is not None else list(entries)
    for name in keys:
        entry = entries.pop(name, None)
        if entry is not None:
            try:
                entry[1].close()
            except Exception:  # noqa: BLE001, S110  # already gone with its folder  # nosec
                pass


def forget_failed(name, root=None):
    """After an error while searching: drop the searcher so the next request opens the index anew."""
    discard(str(storage.index_path(name, root)))
