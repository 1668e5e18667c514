"""Demo of the district's monitoring: score rules, thresholds, a report request, 12 months of history.

The district gets the rules of the letter as the Phòng would start with them (40 articles a school
year, a disclosure section for the year, a forms section, no overdue item, answers on time, a
conforming domain), a 30-day silence threshold and a request for the yearly report due in ten days.
Each school then gets its health snapshot (built from its demo pages), this month's history row and
eleven earlier months drifting towards today's score (drawn from the portal's ``rng``), and its
alerts (THCS Nguyễn Viết Xuân's overdue fee change). Mầm non Hoa Mai answers the request.
Idempotent: rules, request and answers are created once; history rows are rewritten.
"""

import datetime

from django.utils import timezone
from django_tenants.utils import schema_context

from demo.pdf import Line, make_pdf
from monitoring import alerts, health, history, metrics
from monitoring.models import MonitoringSettings, MonthlyHistory, ReportAnswer, ReportRequest, ScoreRule

RULES = [
    ("articles_year", ">=", 40, 25, "Ít nhất 40 bài viết trong năm học"),
    ("disclosure_year", "=", 1, 20, "Có chuyên mục công khai của năm học"),
    ("forms_section", "=", 1, 15, "Có chuyên mục Thủ tục - Biểu mẫu"),
    ("disclosure_overdue", "<=", 0, 20, "Không có mục công khai quá hạn"),
    ("qa_on_time_percent", ">=", 80, 10, "Ít nhất 80% câu hỏi trả lời trong 15 ngày làm việc"),
    ("domain_ok", "=", 1, 10, "Tên miền đúng quy tắc"),
]
ANSWERING_SCHOOL = "mnhoamaitdm"


def seed_district(portal):
    if not ScoreRule.objects.exists():
        ScoreRule.objects.bulk_create(
            ScoreRule(metric=m, operator=op, threshold=t, points=p, label=label, sort_order=i)
            for i, (m, op, t, p, label) in enumerate(RULES)
        )
    if not MonitoringSettings.objects.exists():
        MonitoringSettings.objects.create(silent_days=30, reminder_days=3)
    if not ReportRequest.objects.exists():
        ReportRequest.objects.create(
            subject="Báo cáo kết quả vận hành cổng thông tin điện tử và thư điện tử học kỳ I",
            body="Đề nghị các đơn vị báo cáo số bài viết, tình hình công khai và việc sử dụng thư điện tử công vụ "
            "trong học kỳ I, kèm bản báo cáo có chữ ký của Hiệu trưởng.",
            metrics=["articles_year", "disclosure_overdue", "mailboxes_approved"],
            deadline=timezone.localdate() + datetime.timedelta(days=10),
            created_by="quanlytruong",
        )


def seed_history(portal, status, rng):
    today = timezone.localdate()
    months = history.months_back(today, 12)
    history.record([status], today)
    score = status.score
    rows = []
    for month in reversed(months[:-1]):
        score = max(0, min(100, score - rng.randint(-3, 8)))
        rows.append(MonthlyHistory(portal=portal, month=month, score=score, metrics={}))
    MonthlyHistory.objects.bulk_create(
        rows, update_conflicts=True, unique_fields=["portal", "month"], update_fields=["score", "metrics"]
    )


def seed_answer(portal, status):
    request = ReportRequest.objects.order_by("pk").first()
    if request is None or ReportAnswer.objects.filter(request=request, portal=portal).exists():
        return
    pdf = make_pdf(
        [
            [
                Line(portal.name.upper(), 12, "center"),
                Line("BÁO CÁO", 14, "center"),
                Line(request.subject, 12, "center"),
                f"Số bài viết trong năm học: {status.metrics.get('articles_year')}.",
                "Hiệu trưởng (đã ký)",
            ]
        ],  # fmt: skip
        title=request.subject,
    )
    figures = {key: status.metrics.get(key) for key in request.metrics}
    ReportAnswer.objects.create(
        request=request, portal=portal, figures=figures, note="Đơn vị đã triển khai đầy đủ các chuyên mục.",
        signed_name="bao-cao-hoc-ky-1.pdf", signed_data=pdf, submitted_by="admin",
    )  # fmt: skip


def seed_monitoring(portal, demo, rng):
    with schema_context("public"):
        if portal.is_district:
            seed_district(portal)
            return
        if not portal.is_school:
            return
    health.rebuild(portal)
    with schema_context("public"):
        statuses = metrics.schools(portal=portal)
        if not statuses:
            return
        seed_history(portal, statuses[0], rng)
        alerts.process(statuses, send=False)
        if portal.schema_name == ANSWERING_SCHOOL:
            seed_answer(portal, statuses[0])
