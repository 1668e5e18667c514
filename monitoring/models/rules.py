"""The district's score rules: data it edits, never code (issue 14, item 3)."""

from django.db import models

from monitoring.catalogue import BY_KEY, CHOICES


class ScoreRule(models.Model):
    """ "<figure> <comparison> <threshold>" worth ``points``; a school's score is the share of points it earns.

    Why rules as rows: the district changes what it expects (40 articles a year today, 60 next year)
    without a deploy, and each score is shown beside the rules that made it.
    """

    class Operator(models.TextChoices):
        AT_LEAST = ">=", "ít nhất"
        AT_MOST = "<=", "nhiều nhất"
        EQUAL = "=", "bằng"

    metric = models.CharField("chỉ số", max_length=40, choices=CHOICES)
    operator = models.CharField("so sánh", max_length=2, choices=Operator.choices, default=Operator.AT_LEAST)
    threshold = models.DecimalField("ngưỡng", max_digits=8, decimal_places=1)
    points = models.PositiveSmallIntegerField("điểm", default=10)
    label = models.CharField(
        "diễn giải", max_length=200, blank=True, help_text="Để trống: tự sinh từ chỉ số, phép so sánh và ngưỡng."
    )
    is_active = models.BooleanField("đang áp dụng", default=True)
    sort_order = models.PositiveSmallIntegerField("thứ tự", default=0)

    class Meta:
        verbose_name = "quy tắc chấm điểm"
        verbose_name_plural = "quy tắc chấm điểm"
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.describe()

    def describe(self):
        if self.label:
            return self.label
        metric = BY_KEY.get(self.metric)
        name = metric.label if metric else self.metric
        if metric and metric.kind == "flag":
            return name if self.threshold else f"Không: {name.lower()}"
        threshold = f"{self.threshold:g}" if self.threshold is not None else "?"
        return f"{name}: {self.get_operator_display()} {threshold}"

    def passes(self, value):
        """True/False, or None when the school has no data for the figure yet."""
        if value is None:
            return None
        threshold = float(self.threshold)
        if self.operator == self.Operator.AT_LEAST:
            return value >= threshold
        if self.operator == self.Operator.AT_MOST:
            return value <= threshold
        return value == threshold
