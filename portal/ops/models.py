"""Public-schema rows of the installation's operation: the worker's task runs and upgrade progress.

Why rows, not files: the web servers (possibly several hosts) read the worker's heartbeat for
``/healthz`` in one query, and an upgrade interrupted on one host resumes from any other.
"""

from django.db import models


class WorkerTaskRun(models.Model):
    """The last run of one periodic task of the worker (``portal_periodic_task``), by task name.

    ``ops.heartbeat`` runs every 30 s and does nothing else: its ``finished_at`` is the worker's
    heartbeat. ``feeds.refresh_due`` tells whether the feed refresh is running.
    """

    name = models.CharField("tác vụ", max_length=100, unique=True)
    started_at = models.DateTimeField("bắt đầu lần cuối")
    finished_at = models.DateTimeField("kết thúc lần cuối")
    ok = models.BooleanField("thành công", default=True)
    error = models.TextField("lỗi", blank=True)
    last_success_at = models.DateTimeField("thành công lần cuối", null=True, blank=True)

    class Meta:
        verbose_name = "lần chạy tác vụ định kỳ"
        verbose_name_plural = "lần chạy tác vụ định kỳ"

    def __str__(self):
        return self.name


class SchemaUpgrade(models.Model):
    """One schema migrated to one migration plan by ``upgrade_portals``: the resume point.

    ``plan`` is a fingerprint of the migration graph's leaf nodes; a rerun with the same code skips
    the schemas recorded for it, a newer release has another fingerprint and migrates them all.
    """

    plan = models.CharField("kế hoạch di trú", max_length=64)
    schema_name = models.CharField("lược đồ", max_length=63)
    finished_at = models.DateTimeField("xong lúc", auto_now_add=True)

    class Meta:
        verbose_name = "lược đồ đã nâng cấp"
        verbose_name_plural = "lược đồ đã nâng cấp"
        constraints = [models.UniqueConstraint(fields=["plan", "schema_name"], name="schema_upgrade_unique")]

    def __str__(self):
        return f"{self.schema_name}@{self.plan[:8]}"
