"""Working days in Vietnam: weekends, public holidays, swapped days off and make-up Saturdays.

Two sources, never a guess:

- the ``holidays`` package (https://holidays.readthedocs.io, maintained, lunar dates computed) gives
  the statutory holidays of the Labour Code 2019 Art. 112 (Tết Dương lịch, Tết Nguyên đán, Giỗ Tổ Hùng
  Vương, 30/4, 1/5, Quốc khánh), the days observed when one falls on a weekend, and the swaps it knows;
- the supervising body's yearly table (:class:`portal.workdays.models.DayAdjustment`) adds what the
  government announces each year and the library lags behind: a swapped day off, a Saturday worked in
  exchange. The table wins over the library for the days it lists.

A period of N working days after an event starts the day after it (Civil Code 2015 Art. 147) and
counts only working days: :meth:`WorkingCalendar.add_working_days`.
"""

import datetime

import holidays

from portal.workdays.models import DayAdjustment

COUNTRY = "VN"


class WorkingCalendar:
    """A calendar of working days; ``adjustments`` maps a date to ``DayAdjustment.Kind`` (tests pass it)."""

    def __init__(self, adjustments=None, names=None):
        self.adjustments = dict(adjustments or {})
        self.names = dict(names or {})
        self.public_holidays = holidays.country_holidays(COUNTRY, language="vi")

    @classmethod
    def load(cls):
        """The calendar with the supervising body's table (a public-schema table, readable from any schema)."""
        rows = list(DayAdjustment.objects.values_list("date", "kind", "name"))
        return cls({day: kind for day, kind, _ in rows}, {day: name for day, _, name in rows})

    def is_working_day(self, day):
        kind = self.adjustments.get(day)
        if kind == DayAdjustment.Kind.DAY_OFF:
            return False
        if kind == DayAdjustment.Kind.WORKING_DAY:
            return True
        return self.public_holidays.is_working_day(day)

    def day_off_name(self, day):
        """Why ``day`` is not worked ("" when it is a working day or a plain weekend)."""
        if self.adjustments.get(day) == DayAdjustment.Kind.DAY_OFF:
            return self.names.get(day, "Ngày nghỉ")
        if self.is_working_day(day):
            return ""
        return self.public_holidays.get(day) or ""

    def add_working_days(self, day, count):
        """The ``count``-th working day after ``day`` (``day`` itself is not counted)."""
        if count < 0:
            raise ValueError("count must be >= 0")
        current = day
        while count:
            current += datetime.timedelta(days=1)
            if self.is_working_day(current):
                count -= 1
        return current

    def working_days_between(self, start, end):
        """Working days in ``(start, end]``: how many working days ``end`` is after ``start``."""
        total, current = 0, start
        while current < end:
            current += datetime.timedelta(days=1)
            total += self.is_working_day(current)
        return total
