"""Record each periodic task run of the worker (``portal.core.hooks.periodic_task_finished``)."""

from django.dispatch import receiver
from django_tenants.utils import schema_context

from portal.core.hooks import periodic_task_finished
from portal.ops.models import WorkerTaskRun


@receiver(periodic_task_finished, dispatch_uid="ops.record_task_run")
def record_task_run(sender, started_at, finished_at, error=None, **kwargs):
    values = {"started_at": started_at, "finished_at": finished_at, "ok": error is None, "error": ""}
    if error is None:
        values["last_success_at"] = finished_at
    else:
        values["error"] = repr(error)[:2000]
    with schema_context("public"):
        WorkerTaskRun.objects.update_or_create(name=str(sender)[:100], defaults=values)
