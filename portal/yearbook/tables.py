"""Shape statistics for display: metrics as rows, school years as columns (fits a phone), and numbers.

Why transposed: five years side by side is six columns whatever the level,
while one column per metric would be up to twenty.
"""

from dataclasses import dataclass, field

from portal.yearbook.levels import grades_for, learners
from portal.yearbook.models.rows import METRICS

LATEST_YEARS = 5


def number(value):
    """``12345`` -> ``"12.345"`` (Vietnamese thousands separator); missing -> en dash."""
    return "–" if value is None else f"{value:,}".replace(",", ".")


@dataclass
class Line:
    label: str
    values: list
    is_part: bool = False  # a grade line under the total
    key: str = ""

    @property
    def shown(self):
        return [number(value) for value in self.values]


@dataclass
class StatTable:
    years: list
    lines: list = field(default_factory=list)
    caption: str = ""


def metric_lines(level, records, *, first=()):
    """Lines for ``records`` (dicts as in ``YearbookRow.as_dict``); ``first``: extra (label, key) lines on top."""
    learner = learners(level)
    lines = [Line(label, [record.get(key) for record in records], key=key) for label, key in first]
    for key, label in METRICS:
        if key == "students":
            label = f"Tổng số {learner}"
        lines.append(Line(label, [record.get(key) for record in records], key=key))
        if key == "students":
            for grade, grade_label in grades_for(level):
                values = [record.get("grades", {}).get(grade) for record in records]
                if any(value is not None for value in values):
                    lines.append(Line(grade_label, values, is_part=True, key=grade))
    return lines


def values_of(table, key):
    return next(line.values for line in table.lines if line.key == key)


def latest(records, limit=LATEST_YEARS):
    """The latest ``limit`` records by school year, oldest first."""
    return sorted(records, key=lambda record: record["school_year"])[-limit:]


def school_table(level, records, caption):
    records = latest(records)
    return StatTable(years=[r["school_year"] for r in records], lines=metric_lines(level, records), caption=caption)
