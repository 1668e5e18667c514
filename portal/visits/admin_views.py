"""Admin "Thống kê truy cập": the last 30 days as an SVG bar chart (no script), months, most read pages."""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse

from portal.visits.stats import last_days, most_read, per_month, totals

CHART_WIDTH, CHART_HEIGHT = 600, 160


def chart(days):
    peak = max((d["visitors"] for d in days), default=0) or 1
    step = CHART_WIDTH / max(len(days), 1)
    bars = []
    for index, day in enumerate(days):
        height = round(CHART_HEIGHT * day["visitors"] / peak, 1)
        bars.append(
            {
                "x": round(index * step + 1, 1),
                "y": round(CHART_HEIGHT - height, 1),
                "width": round(step - 2, 1),
                "height": height,
                **day,
            }
        )
    return {"bars": bars, "width": CHART_WIDTH, "height": CHART_HEIGHT, "peak": peak}


def statistics_view(request):
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied
    days = last_days()
    return TemplateResponse(
        request,
        "visits/admin/statistics.html",
        {"totals": totals(), "chart": chart(days), "days": days, "months": per_month(), "most_read": most_read()},
    )
