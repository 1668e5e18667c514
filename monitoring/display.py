"""How a figure and a dashboard row read, in Python: 500 rows × 16 cells through the template engine took
most of the dashboard's time at 500 schools (tests/benchmarks/monitoring_bench.py)."""

from django.urls import reverse
from django.utils.html import format_html, format_html_join

MISSING = format_html('<span class="monitoring-missing">{}</span>', "chưa có dữ liệu")
NO = format_html('<strong class="monitoring-bad">{}</strong>', "Không")


def value_html(value, metric):
    if value is None:
        return MISSING
    if metric.kind == "flag":
        return "Có" if value else NO
    return f"{value}%" if metric.kind == "percent" else value


def rows_html(statuses, columns):
    """The table body: school (linked to its page), score, rules not met, the figures, open alerts."""
    link = reverse("monitoring_school", args=[0]).removesuffix("0/")
    rows = []
    for status in statuses:
        failed = format_html_join(
            "", "<div>{}{}</div>", ((r.label, " (chưa có dữ liệu)" if r.passed is None else "") for r in status.failed)
        )
        cells = format_html_join("", "<td>{}</td>", ((value_html(status.metrics.get(m.key), m),) for m in columns))
        rows.append(
            format_html(
                '<tr><td><a href="{}{}/">{}</a></td><td class="monitoring-score"><strong>{}</strong></td>'
                '<td class="monitoring-failed">{}</td>{}<td>{}</td></tr>',
                link,
                status.portal.pk,
                status.portal.name,
                status.score,
                failed or "Đạt tất cả",
                cells,
                getattr(status, "alert_count", 0),
            )
        )
    return format_html_join("", "{}", ((row,) for row in rows))
