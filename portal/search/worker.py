"""The one worker process: applies the index queue portal by portal, and runs periodic tasks.

Why one process with one writer per batch: Whoosh allows a single writer per index (a file lock on one
host). Jobs are claimed with ``SELECT ... FOR UPDATE SKIP LOCKED``, grouped by schema and applied
with one Whoosh commit per portal per batch; a busy lock is retried with backoff and, if it never
frees, the jobs go back to the queue untouched. Every job runs inside its portal's schema
(docs/architecture.md, pitfall 3). Periodic tasks (this app's upkeep, the feeds' refresh...) come from
the ``portal_periodic_task`` hook (:mod:`portal.core.hooks`) instead of the worker importing them.
"""

import logging
import threading
import time
from dataclasses import dataclass, field
from datetime import timedelta
from itertools import groupby

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django_tenants.utils import schema_context, tenant_context

from portal.core.hooks import periodic_task_finished, periodic_tasks
from portal.search import district, storage
from portal.search.indexing import prepare_batch, project_batch, rebuild_portal
from portal.search.models import IndexJob
from portal.search.writing import IndexLocked, write_batch
from tenants.models import Portal

logger = logging.getLogger(__name__)

BATCH_SIZE = 500
MAX_ATTEMPTS = 5
WRITE_LOCK_TIMEOUT = 15.0  # seconds a batch waits for a busy index before giving its jobs back
STALE_AFTER = timedelta(minutes=15)
KEEP_DONE_FOR = timedelta(days=7)


@dataclass
class DrainStats:
    done: int = 0
    failed: int = 0
    deferred: int = 0
    rebuilt: list = field(default_factory=list)

    def __iadd__(self, other):
        self.done += other.done
        self.failed += other.failed
        self.deferred += other.deferred
        self.rebuilt += other.rebuilt
        return self


def _portal(schema_name):
    with schema_context("public"):
        return Portal.objects.filter(schema_name=schema_name).first()


def claim(limit=BATCH_SIZE, schemas=None, exclude=()):
    """Mark up to ``limit`` pending jobs as running and return them, oldest first."""
    with schema_context("public"), transaction.atomic():
        queryset = IndexJob.objects.filter(status=IndexJob.Status.PENDING)
        if schemas is not None:
            queryset = queryset.filter(schema_name__in=schemas)
        if exclude:
            queryset = queryset.exclude(schema_name__in=exclude)
        jobs = list(queryset.order_by("id").select_for_update(skip_locked=True)[:limit])
        IndexJob.objects.filter(pk__in=[job.pk for job in jobs]).update(
            status=IndexJob.Status.RUNNING, attempts=F("attempts") + 1, processed_at=timezone.now()
        )
    return jobs


def _finish(jobs, status, error=""):
    IndexJob.objects.filter(pk__in=[job.pk for job in jobs]).update(
        status=status, error=error[:2000], processed_at=timezone.now()
    )


def _give_back(jobs):
    """Return jobs to the queue without counting the attempt (the index was only busy)."""
    IndexJob.objects.filter(pk__in=[job.pk for job in jobs]).update(
        status=IndexJob.Status.PENDING, attempts=F("attempts") - 1
    )


def _record_failure(jobs, error):
    """Back to the queue with the error (for monitoring) until MAX_ATTEMPTS, then failed for good."""
    message = repr(error)[:2000]
    retry = [job.pk for job in jobs if job.attempts + 1 < MAX_ATTEMPTS]
    IndexJob.objects.filter(pk__in=retry).update(status=IndexJob.Status.PENDING, error=message)
    IndexJob.objects.filter(pk__in=[job.pk for job in jobs]).exclude(pk__in=retry).update(
        status=IndexJob.Status.FAILED, error=message, processed_at=timezone.now()
    )


def _rebuild(portal, jobs, stats, reason):
    logger.warning("search index of %s %s: rebuilding it", portal.schema_name, reason)
    rebuild_portal(portal)
    with schema_context("public"):
        _finish(jobs, IndexJob.Status.DONE)
    stats.done += len(jobs)
    stats.rebuilt.append(portal.schema_name)
    return stats


def _apply(portal, jobs, stats):
    schema_name = portal.schema_name
    if not storage.index_exists(schema_name):
        # New portal or deleted folder: indexing a few objects into an empty index would hide all
        # the others, so the whole portal is built.
        return _rebuild(portal, jobs, stats, "is missing")
    with tenant_context(portal):
        batch = prepare_batch(jobs)
    try:
        write_batch(schema_name, updates=batch.updates, deletes=batch.deletes, timeout=WRITE_LOCK_TIMEOUT)
    except IndexLocked:
        raise
    except Exception:  # corrupt segment or TOC, or fields of an older schema: a fresh build replaces it
        logger.exception("cannot write the search index of %s", schema_name)
        return _rebuild(portal, jobs, stats, "is unreadable")
    _mirror_to_district(schema_name, batch)
    failed = [job for job in jobs if (job.model_label, job.object_id) in batch.errors]
    with schema_context("public"), transaction.atomic():
        project_batch(schema_name, batch)
        _finish([job for job in jobs if job not in failed], IndexJob.Status.DONE)
        for job in failed:
            _finish([job], IndexJob.Status.FAILED, batch.errors[(job.model_label, job.object_id)])
    stats.done += len(jobs) - len(failed)
    stats.failed += len(failed)
    return stats


def _mirror_to_district(schema_name, batch):
    """The same batch into the district-wide index. A busy lock gives the jobs back (both writes are
    idempotent); an unusable district index is dropped so searches use the portal indexes until
    ``ensure_indexes`` builds it again."""
    if not district.exists():
        return
    try:
        district.write_batch(schema_name, batch, timeout=WRITE_LOCK_TIMEOUT)
    except IndexLocked:
        raise
    except Exception:
        logger.exception("cannot write the district-wide search index: dropping it until it is rebuilt")
        storage.remove_index(storage.DISTRICT_INDEX)


def apply_jobs(schema_name, jobs):
    """Apply one portal's jobs with one writer; returns :class:`DrainStats`."""
    stats = DrainStats()
    portal = _portal(schema_name)
    if portal is None or portal.kind == "template":
        with schema_context("public"):
            _finish(jobs, IndexJob.Status.DONE, "Cổng thông tin không còn tồn tại.")
        stats.done += len(jobs)
        return stats
    try:
        return _apply(portal, jobs, stats)
    except IndexLocked:
        logger.warning("search index of %s stayed locked: %d jobs back in the queue", schema_name, len(jobs))
        with schema_context("public"):
            _give_back(jobs)
        stats.deferred += len(jobs)
    except Exception as error:  # even the rebuild failed (disk full, permissions): keep the jobs
        logger.exception("search jobs of %s failed", schema_name)
        with schema_context("public"):
            _record_failure(jobs, error)
        stats.failed += len(jobs)
    return stats


def drain(schemas=None, batch_size=BATCH_SIZE):
    """Apply pending jobs until none are left; a portal whose index stays locked or whose jobs fail is
    left alone until the next call (the worker loop comes back two seconds later)."""
    stats = DrainStats()
    skip = set()
    while True:
        jobs = claim(batch_size, schemas=schemas, exclude=skip)
        if not jobs:
            return stats
        jobs.sort(key=lambda job: (job.schema_name, job.pk))
        for schema_name, group in groupby(jobs, key=lambda job: job.schema_name):
            group = list(group)
            result = apply_jobs(schema_name, group)
            if result.deferred or (result.failed and result.failed == len(group)):
                skip.add(schema_name)
            stats += result


def reset_stale(now=None):
    """Jobs left running by a worker that died go back to the queue."""
    now = now or timezone.now()
    with schema_context("public"):
        return IndexJob.objects.filter(status=IndexJob.Status.RUNNING, processed_at__lt=now - STALE_AFTER).update(
            status=IndexJob.Status.PENDING
        )


def prune_done(now=None):
    now = now or timezone.now()
    with schema_context("public"):
        deleted, _ = IndexJob.objects.filter(status=IndexJob.Status.DONE, processed_at__lt=now - KEEP_DONE_FOR).delete()
    return deleted


def ensure_indexes():
    """Build the index of every active portal that has none or one of an older schema (new portal,
    lost folder, upgrade), then the district-wide index if it is missing or outdated."""
    with schema_context("public"):
        portals = list(Portal.objects.filter(is_active=True).exclude(kind=Portal.Kind.TEMPLATE))
    built = []
    for portal in portals:
        if not storage.index_exists(portal.schema_name) or storage.is_outdated(portal.schema_name):
            rebuild_portal(portal)
            built.append(portal.schema_name)
    if not district.exists() or storage.is_outdated(storage.DISTRICT_INDEX):
        district.rebuild()
        built.append(storage.DISTRICT_INDEX)
    return built


def run_periodic(last_run, now=None, tasks=None):
    """Run every periodic task whose interval has passed; a failing task is logged, never fatal."""
    now = time.monotonic() if now is None else now
    for task in (periodic_tasks() if tasks is None else tasks).values():
        if now - last_run.get(task.name, float("-inf")) < task.seconds:
            continue
        last_run[task.name] = now
        started_at, error = timezone.now(), None
        try:
            task.func()
        except Exception as exc:  # the worker must survive a bad feed or a broken portal
            logger.exception("periodic task %s failed", task.name)
            error = exc
        _report(task.name, started_at, error)


def _report(name, started_at, error):
    """Tell who listens (``portal.ops``: heartbeat, /healthz) that a task ran; never fatal to the worker."""
    try:
        periodic_task_finished.send(sender=name, started_at=started_at, finished_at=timezone.now(), error=error)
    except Exception:  # database gone for a moment: the next run reports again
        logger.exception("cannot record the run of periodic task %s", name)


def run(stop=None, poll_seconds=2.0, once=False):
    """The worker loop; ``once`` drains the queue, runs every periodic task once, and returns."""
    stop = stop or threading.Event()
    reset_stale()
    last_run, tasks = {}, periodic_tasks()
    while True:
        try:
            stats = drain()
        except Exception:  # database restarted, disk full...: log, wait, try again
            logger.exception("search queue drain failed")
            stats = DrainStats()
        if stats.done or stats.failed:
            logger.info("search index: %d done, %d failed, %d deferred", stats.done, stats.failed, stats.deferred)
        run_periodic(last_run, tasks=tasks)
        if once:
            return stats
        if not (stats.done or stats.failed):
            stop.wait(poll_seconds)
        if stop.is_set():
            return stats
