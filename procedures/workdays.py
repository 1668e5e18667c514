"""Working days of Vietnamese public service (ngày làm việc): Monday to Friday, minus public holidays.

Why a library: the lunar New Year (Tết) and Hùng Kings' day move every year and the Government adds
substitute days; ``holidays`` (https://holidays.readthedocs.io/) ships Vietnam's calendar, updated
yearly. The 15-working-day target of the Q&A channel counts from the day after the question arrives
(the day of receipt is not counted, as for administrative deadlines).
"""

import datetime
from functools import lru_cache

import holidays


@lru_cache(maxsize=16)
def _holidays(year):
    return holidays.country_holidays("VN", years=year)


def is_working_day(day):
    return day.weekday() < 5 and day not in _holidays(day.year)


def add_working_days(start, days):
    """The date ``days`` working days after ``start`` (a date)."""
    day = start
    counted = 0
    while counted < days:
        day += datetime.timedelta(days=1)
        if is_working_day(day):
            counted += 1
    return day


def working_days_between(start, end):
    """Working days after ``start`` up to and including ``end`` (0 when ``end <= start``)."""
    count, day = 0, start
    while day < end:
        day += datetime.timedelta(days=1)
        if is_working_day(day):
            count += 1
    return count
