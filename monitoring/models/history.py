"""One row per school and month: the trend the district's chart draws (issue 14, item 4)."""

from django.db import models

from tenants.models import Portal


class MonthlyHistory(models.Model):
    """A school's score and figures for a month, rewritten by the worker until the month ends.

    Why stored: the trend over months cannot be recomputed from today's snapshots, and the chart reads
    12 months × 500 schools in one aggregate query.
    """

    portal = models.ForeignKey(Portal, on_delete=models.CASCADE, related_name="monitoring_history")
    month = models.DateField("tháng", help_text="Ngày đầu tháng.")
    score = models.PositiveSmallIntegerField("điểm")
    metrics = models.JSONField("số liệu", default=dict)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "lịch sử giám sát theo tháng"
        verbose_name_plural = "lịch sử giám sát theo tháng"
        ordering = ["month"]
        constraints = [models.UniqueConstraint(fields=["portal", "month"], name="monitoring_history_unique")]

    def __str__(self):
        return f"{self.portal.schema_name} {self.month:%m/%Y}: {self.score}"
