"""The district's yearbook: every school's published statistics summed by school year and level.

Reads the public-schema snapshots (``tenants.projections.snapshots``) in one
query instead of entering 55+ schemas during a request (docs/architecture.md).
"""

from collections import defaultdict

from portal.yearbook.levels import grades_for
from portal.yearbook.models.rows import METRICS
from portal.yearbook.tables import LATEST_YEARS, StatTable, metric_lines
from tenants.models import Portal
from tenants.projections import snapshots

SNAPSHOT_KEY = "yearbook"
SCHOOLS_LINE = ("Số trường có số liệu", "schools")


def _empty():
    return {"schools": 0, **{key: 0 for key, _ in METRICS}, "grades": defaultdict(int)}


def _add(total, record, level):
    total["schools"] += 1
    for key, _label in METRICS:
        total[key] += record.get(key) or 0
    for grade, _label in grades_for(level):
        value = (record.get("grades") or {}).get(grade)
        if value is not None:
            total["grades"][grade] += value


def aggregate(snapshot_rows=None):
    """``{"years", "levels": [(level, label, StatTable)], "total": StatTable, "records": [...]}`` or None."""
    snapshot_rows = snapshots(SNAPSHOT_KEY) if snapshot_rows is None else snapshot_rows
    by_level = defaultdict(lambda: defaultdict(_empty))
    overall = defaultdict(_empty)
    for snapshot in snapshot_rows:
        level = snapshot.portal.level
        for record in (snapshot.data or {}).get("rows", []):
            year = record.get("school_year")
            if year:
                _add(by_level[level][year], record, level)
                _add(overall[year], record, "")
    years = sorted(overall)[-LATEST_YEARS:]
    if not years:
        return None

    def records(totals):
        return [
            {"school_year": year, **totals[year], "grades": dict(totals[year]["grades"])}
            if year in totals
            else {"school_year": year}
            for year in years
        ]

    levels = []
    for level, label in Portal.Level.choices:
        if level in by_level:
            table = StatTable(
                years,
                metric_lines(level, records(by_level[level]), first=[SCHOOLS_LINE]),
                caption=f"{label}: {len(years)} năm học gần nhất",
            )
            levels.append((level, label, table))
    total_records = records(overall)
    total = StatTable(years, metric_lines("", total_records, first=[SCHOOLS_LINE]), caption="Toàn ngành")
    return {"years": years, "levels": levels, "total": total, "records": total_records}


def district_rows(result):
    """Export lines of the aggregation: one line per level and year, then the totals."""
    header = ["Cấp học", "Năm học", "Số trường có số liệu", *[label for _key, label in METRICS]]
    lines = [header]
    for _level, label, table in result["levels"]:
        lines += _table_lines(label, table)
    lines += _table_lines("Tổng cộng", result["total"])
    return lines


def _table_lines(label, table):
    main = [line for line in table.lines if not line.is_part]
    return [[label, year, *[line.values[index] for line in main]] for index, year in enumerate(table.years)]
