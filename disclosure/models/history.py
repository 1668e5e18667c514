"""The public record of publications: when each disclosure was published and updated, and what changed.

Why rows of our own, outside the page revisions: a revision holds what an editor saved, not when the
public could read it; the dates here decide whether an item was on time, so they are written by the
publish receiver (``disclosure.receivers``) and never edited in a form. A recurring item (menu, weekly
plan) has one row per period: the first time that period was on the portal.
"""

from django.db import models


class DisclosurePublication(models.Model):
    page = models.ForeignKey("disclosure.DisclosureItemPage", on_delete=models.CASCADE, related_name="publications")
    published_at = models.DateTimeField("công bố lúc", db_index=True)
    note = models.CharField("nội dung cập nhật", max_length=300, blank=True)

    class Meta:
        verbose_name = "lần công bố"
        verbose_name_plural = "lịch sử công bố"
        ordering = ["-published_at"]

    def __str__(self):
        return f"{self.page_id} {self.published_at:%d/%m/%Y}"


class PeriodPublication(models.Model):
    page = models.ForeignKey("disclosure.DisclosureItemPage", on_delete=models.CASCADE, related_name="periods")
    period_start = models.DateField("đầu kỳ")
    published_on = models.DateField("công bố ngày")

    class Meta:
        verbose_name = "công bố theo kỳ"
        verbose_name_plural = "công bố theo kỳ"
        constraints = [models.UniqueConstraint(fields=["page", "period_start"], name="period_publication_unique")]

    def __str__(self):
        return f"{self.page_id} {self.period_start}"
