"""Data-migration helpers: existing public lists get the new defaults (end date, erasure date).

For historical models (no methods): the admission year is read from ``year_of(row)``.
"""

import datetime
import re

from portal.personal_data.publication import default_end, retention_days


def school_year_start(row):
    match = re.match(r"(\d{4})", getattr(row, "school_year", "") or "")
    return int(match.group(1)) if match else None


def fill_publication_dates(model, year_of=school_year_start):
    """Set ``personal_until`` and ``personal_erase_after`` where empty, on rows and their latest drafts."""
    for row in model.objects.filter(personal_until__isnull=True):
        year = year_of(row) or datetime.date.today().year
        until = default_end(year)
        model.objects.filter(pk=row.pk).update(
            personal_until=until, personal_erase_after=until + datetime.timedelta(days=retention_days())
        )
