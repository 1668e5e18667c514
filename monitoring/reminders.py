"""Reminders of report requests: once, a few days before the deadline, to the schools that have not answered."""

import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import timezone

from monitoring.models import MonitoringSettings, ReportRequest


def school_addresses(portal):
    """The school's official address from the registry and its administrators' contacts (never a Site)."""
    addresses = {portal.email} | set(portal.administrators.values_list("email", flat=True))
    return sorted(a for a in addresses if a)


def send_due(today=None):
    """Send every reminder due today; a request is claimed (``reminded_at``) before mailing, so a second
    run, or a second worker at the same time, sends nothing. Returns the number of messages sent."""
    today = today or timezone.localdate()
    ahead = datetime.timedelta(days=MonitoringSettings.current().reminder_days)
    sent = 0
    for request in ReportRequest.objects.filter(reminded_at=None, deadline__gte=today, deadline__lte=today + ahead):
        if not ReportRequest.objects.filter(pk=request.pk, reminded_at=None).update(reminded_at=timezone.now()):
            continue
        answered = set(request.answers.values_list("portal_id", flat=True))
        for school in request.recipients().prefetch_related("domains"):
            if school.pk in answered or not (recipients := school_addresses(school)):
                continue
            link = school.absolute_url(reverse("monitoring_school_request", args=[request.pk]))
            send_mail(
                f"[Nhắc hạn báo cáo] {request.subject}",
                f"Kính gửi {school.name},\n\nPhòng Giáo dục và Đào tạo đề nghị đơn vị gửi báo cáo “{request.subject}” "
                f"trước ngày {request.deadline:%d/%m/%Y}. Đơn vị chưa gửi báo cáo này.\n\nGửi báo cáo tại: {link}\n",
                settings.DEFAULT_FROM_EMAIL,
                recipients,
            )
            sent += 1
    return sent
