"""Daily aggregates of page views and visitors, per portal (tenant schema), and the editor's setting.

Why this shape (500 schools must stay cheap): one row per page per day (``PageDay``) and one per day
(``DayTotal``); no row per view, no address, no cookie. A visitor is recognised within one day only, by a
hash of (daily salt, portal, address, browser) kept in ``DailyVisitor`` until the next day's pruning;
the salt is derived from the secret key and the date, so yesterday's hashes cannot be linked to today's.
"""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


class DailyVisitor(models.Model):
    """Today's hashed visitor identifiers (pruned daily): only to count each visitor once a day."""

    day = models.DateField()
    digest = models.CharField(max_length=32)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["day", "digest"], name="visits_visitor_once_a_day")]

    def __str__(self):
        return f"{self.day:%d/%m/%Y}"


class PageDay(models.Model):
    day = models.DateField()
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+", db_constraint=False)
    views = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["day", "page"], name="visits_page_once_a_day")]

    def __str__(self):
        return f"{self.day:%d/%m/%Y} trang {self.page_id}: {self.views}"


class DayTotal(models.Model):
    day = models.DateField(unique=True)
    views = models.PositiveIntegerField(default=0)
    visitors = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["day"]

    def __str__(self):
        return f"{self.day:%d/%m/%Y}: {self.visitors} người, {self.views} lượt xem"


@register_setting(icon="view")
class VisitSettings(BaseSiteSetting):
    show_home_box = models.BooleanField(
        "hiện ô “Lượt truy cập” trên trang chủ",
        default=True,
        help_text="Số người truy cập hôm nay, tháng này và tổng cộng (không dùng cookie, không dịch vụ bên ngoài).",
    )

    panels = [FieldPanel("show_home_box")]

    class Meta:
        verbose_name = "thống kê truy cập"
        verbose_name_plural = "thống kê truy cập"

    def __str__(self):
        return f"{self.day:%d/%m/%Y}: {self.visitors} người, {self.views} lượt xem"
