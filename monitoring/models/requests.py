"""Reports on request (letter V.2): the district asks, each school answers with figures and a signed PDF.

Files are kept in the rows (``BinaryField``), not in a media folder: media storage resolves paths from
the *current* schema (docs/architecture.md, pitfall 8), while a request's template is read from every
school and an answer from the district. They are served only by ``monitoring.views.requests``, which
lets the district and the one school concerned read them (pitfall 11).
"""

from django.db import models
from django.utils import timezone

from monitoring.catalogue import CHOICES
from tenants.models import Portal


class ReportRequest(models.Model):
    subject = models.CharField("trích yếu", max_length=300)
    body = models.TextField("nội dung cần báo cáo")
    metrics = models.JSONField(
        "số liệu điền sẵn", default=list, blank=True, help_text="Các chỉ số cổng đã biết, điền sẵn vào báo cáo."
    )
    template_name = models.CharField("tên tệp mẫu", max_length=255, blank=True)
    template_data = models.BinaryField("tệp mẫu", blank=True, default=b"")
    deadline = models.DateField("hạn báo cáo")
    schools = models.ManyToManyField(
        Portal, blank=True, related_name="report_requests", verbose_name="trường nhận", help_text="Để trống: tất cả."
    )
    created_by = models.CharField("người tạo", max_length=150, blank=True)
    created_at = models.DateTimeField("ngày tạo", default=timezone.now)
    reminded_at = models.DateTimeField("đã nhắc hạn lúc", null=True, blank=True)

    class Meta:
        verbose_name = "yêu cầu báo cáo"
        verbose_name_plural = "yêu cầu báo cáo"
        ordering = ["-deadline", "-pk"]

    def __str__(self):
        return self.subject

    def recipients(self):
        """The schools asked: the chosen ones, or every active school when none was chosen."""
        chosen = self.schools.filter(is_active=True)
        if not self.schools.exists():
            chosen = Portal.objects.filter(kind=Portal.Kind.SCHOOL, is_active=True)
        return chosen.order_by("name")

    def is_addressed_to(self, portal):
        if portal is None or not portal.is_school:
            return False
        return self.recipients().filter(pk=portal.pk).exists()

    def metric_choices(self):
        labels = dict(CHOICES)
        return [(key, labels[key]) for key in self.metrics if key in labels]

    def is_late(self, today=None):
        return (today or timezone.localdate()) > self.deadline


class ReportAnswer(models.Model):
    request = models.ForeignKey(ReportRequest, on_delete=models.CASCADE, related_name="answers")
    portal = models.ForeignKey(Portal, on_delete=models.CASCADE, related_name="report_answers", verbose_name="trường")
    figures = models.JSONField("số liệu", default=dict)
    note = models.TextField("nội dung báo cáo", blank=True)
    signed_name = models.CharField("tên tệp đã ký", max_length=255)
    signed_data = models.BinaryField("báo cáo đã ký (PDF)")
    submitted_at = models.DateTimeField("ngày gửi", default=timezone.now)
    submitted_by = models.CharField("người gửi", max_length=150, blank=True)

    class Meta:
        verbose_name = "báo cáo của trường"
        verbose_name_plural = "báo cáo của trường"
        constraints = [models.UniqueConstraint(fields=["request", "portal"], name="monitoring_answer_unique")]

    def __str__(self):
        return f"{self.portal.schema_name}: {self.request}"

    @property
    def is_late(self):
        return timezone.localdate(self.submitted_at) > self.request.deadline
