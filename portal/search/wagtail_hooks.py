"""The search index's own upkeep, run by the worker it lives in (``portal_periodic_task``)."""

from wagtail import hooks

from portal.core.hooks import PERIODIC_TASK, PeriodicTask
from portal.search.worker import ensure_indexes, prune_done


@hooks.register(PERIODIC_TASK)
def search_upkeep():
    return [
        PeriodicTask("search.ensure_indexes", 600, ensure_indexes),
        PeriodicTask("search.prune_done", 3600, prune_done),
    ]
