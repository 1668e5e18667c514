"""A bar chart as server-rendered SVG geometry: no JavaScript, no external service.

The template draws the bars; the page's table is the text alternative, and the
SVG carries ``<title>``/``<desc>`` for screen readers.
https://www.w3.org/WAI/tutorials/images/complex/
"""

import math
from dataclasses import dataclass

from portal.yearbook.tables import number

# A phone-sized canvas: at 360 px wide the SVG is drawn near 1:1, so its text stays legible.
WIDTH, HEIGHT = 360, 250
LEFT, RIGHT, TOP, BOTTOM = 46, 6, 24, 40


@dataclass
class Bar:
    label: str
    value: int
    x: float
    y: float
    width: float
    height: float

    @property
    def center(self):
        return round(self.x + self.width / 2, 1)

    @property
    def shown(self):
        return number(self.value)

    @property
    def label_lines(self):
        """A school year on two lines ("2021-" over "2022"): on one line five of them overlap at 360 px."""
        head, dash, tail = self.label.partition("-")
        return [head + dash, tail] if dash and tail else [self.label]


@dataclass
class Tick:
    value: int
    y: float

    @property
    def shown(self):
        return number(self.value)


def nice_ceiling(value):
    """Smallest of 1, 2, 2.5, 5 times a power of ten that is >= value (axis maximum)."""
    if value <= 0:
        return 1
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * power:
            return int(step * power) if step * power >= 1 else 1
    return int(10 * power)


def bar_chart(points, title, unit):
    """Geometry for ``points`` (``[(label, value), ...]``); None when there is nothing to draw."""
    points = [(label, value or 0) for label, value in points]
    if not points:
        return None
    top = nice_ceiling(max(value for _, value in points))
    plot_width, plot_height = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_width / len(points)
    bar_width = min(slot * 0.6, 64)
    bars = []
    for index, (label, value) in enumerate(points):
        height = plot_height * value / top
        x = LEFT + slot * index + (slot - bar_width) / 2
        bars.append(
            Bar(label, value, round(x, 1), round(TOP + plot_height - height, 1), round(bar_width, 1), round(height, 1))
        )
    ticks = [Tick(round(top * k / 4), round(TOP + plot_height * (1 - k / 4), 1)) for k in range(5)]
    description = "; ".join(f"{label}: {number(value)} {unit}" for label, value in points) + "."
    return {
        "width": WIDTH, "height": HEIGHT, "left": LEFT, "right": WIDTH - RIGHT, "baseline": TOP + plot_height,
        "label_y": HEIGHT - BOTTOM + 16, "bars": bars, "ticks": ticks, "title": title, "description": description,
    }  # fmt: skip
