"""Server-rendered SVG charts for the admin (no JavaScript, no CDN): the trend line and score bars."""

from django.utils.html import escape
from django.utils.safestring import mark_safe

WIDTH, HEIGHT, PAD = 640, 220, 36


def trend_svg(points, title="Điểm trung bình của các trường theo tháng"):
    """A line of ``[{"month", "average"}]`` on a 0-100 scale, with its figures as text for screen readers."""
    if not points:
        return mark_safe('<p class="help-block">Chưa có dữ liệu lịch sử.</p>')  # constant text
    inner_w, inner_h = WIDTH - 2 * PAD, HEIGHT - 2 * PAD
    step = inner_w / max(len(points) - 1, 1)

    def xy(i, value):
        return PAD + i * step, PAD + inner_h * (1 - value / 100)

    coords = [xy(i, float(p["average"])) for i, p in enumerate(points)]
    parts = [
        f'<svg viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" role="img" aria-labelledby="trend-title" '
        f'class="monitoring-chart" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="trend-title">{escape(title)}: '
        + escape("; ".join(f"{p['month']:%m/%Y} {p['average']}" for p in points))
        + "</title>",
    ]
    for level in (0, 50, 100):
        y = PAD + inner_h * (1 - level / 100)
        parts.append(f'<line x1="{PAD}" x2="{WIDTH - PAD}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ccc"/>')
        parts.append(f'<text x="4" y="{y + 4:.1f}" font-size="11">{level}</text>')
    line = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
    parts.append(f'<polyline points="{line}" fill="none" stroke="#00676a" stroke-width="2.5"/>')
    for (x, y), point in zip(coords, points, strict=True):
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="#00676a"/>')
        parts.append(
            f'<text x="{x:.1f}" y="{y - 8:.1f}" font-size="11" text-anchor="middle">{point["average"]:g}</text>'
        )
        parts.append(
            f'<text x="{x:.1f}" y="{HEIGHT - 10}" font-size="11" text-anchor="middle">{point["month"]:%m/%y}</text>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308  # every text part is escaped above
