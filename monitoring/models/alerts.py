"""Alerts the district must see once: silence, overdue disclosure, security events (issue 14, item 7)."""

from django.db import models
from django.utils import timezone

from tenants.models import Portal


class MonitoringSettings(models.Model):
    """The district's thresholds (one row): when a school counts as silent, when reminders go out."""

    silent_days = models.PositiveSmallIntegerField(
        "số ngày không đăng bài thì cảnh báo", default=30, help_text="Trường không đăng bài mới quá số ngày này."
    )
    reminder_days = models.PositiveSmallIntegerField(
        "nhắc hạn báo cáo trước (ngày)",
        default=3,
        help_text="Nhắc các trường chưa gửi báo cáo trước hạn bấy nhiêu ngày.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "cấu hình giám sát"
        verbose_name_plural = "cấu hình giám sát"

    def __str__(self):
        return "Cấu hình giám sát"

    @classmethod
    def current(cls):
        return cls.objects.order_by("pk").first() or cls()


class Alert(models.Model):
    """One event, identified by ``key`` per school so a run that sees it again adds nothing and sends nothing.

    ``emailed_at`` is set when district staff were told; ``resolved_at`` when the condition is gone
    (the school published, the item was disclosed); a resolved silence that comes back is a new key.
    """

    class Kind(models.TextChoices):
        SILENT = "silent", "Trường không đăng bài"
        OVERDUE = "overdue", "Mục công khai quá hạn"
        LOCKOUT = "lockout", "Khóa đăng nhập"
        NEW_ADDRESS = "new_address", "Quản trị đăng nhập từ địa chỉ mới"

    portal = models.ForeignKey(Portal, on_delete=models.CASCADE, related_name="monitoring_alerts")
    kind = models.CharField("loại", max_length=16, choices=Kind.choices)
    key = models.CharField("mã sự kiện", max_length=200)
    message = models.CharField("nội dung", max_length=500)
    created_at = models.DateTimeField("phát hiện lúc", default=timezone.now)
    emailed_at = models.DateTimeField("đã gửi thư lúc", null=True, blank=True)
    resolved_at = models.DateTimeField("đã hết lúc", null=True, blank=True)

    class Meta:
        verbose_name = "cảnh báo"
        verbose_name_plural = "cảnh báo"
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["portal", "key"], name="monitoring_alert_unique")]

    def __str__(self):
        return f"{self.portal.schema_name}: {self.message}"
