"""School years as the portals name them ("2025-2026"), from 1 September to 31 August."""

import datetime

from django.utils import timezone


def start_year(day=None):
    day = day or timezone.localdate()
    return day.year if day.month >= 9 else day.year - 1


def current(day=None):
    year = start_year(day)
    return f"{year}-{year + 1}"


def bounds(school_year):
    """``(first day, last day)`` of "YYYY-YYYY"; ValueError with a Vietnamese message otherwise."""
    try:
        first, second = (int(part) for part in school_year.split("-"))
    except (AttributeError, ValueError):
        raise ValueError(f"Năm học “{school_year}” không hợp lệ (ví dụ 2025-2026).") from None
    if second != first + 1 or not 2000 <= first <= 2100:
        raise ValueError(f"Năm học “{school_year}” không hợp lệ (ví dụ 2025-2026).")
    return datetime.date(first, 9, 1), datetime.date(second, 8, 31)


def recent(count=5, day=None):
    year = start_year(day)
    return [f"{y}-{y + 1}" for y in range(year, year - count, -1)]
