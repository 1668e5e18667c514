"""Validators shared by every app.

``validate_official_email`` lives in ``tenants.validators`` (the portal registry's form needs it and
``tenants`` imports nothing above it); it is imported here because migrations reference this path.
"""

import re

from django.core.exceptions import ValidationError

from tenants.validators import validate_official_email

__all__ = ["validate_official_email", "validate_school_year"]

_SCHOOL_YEAR = re.compile(r"(\d{4})-(\d{4})")


def validate_school_year(value):
    """A school year written ``YYYY-YYYY`` whose second year is the first plus one (``2024-2025``).

    Shared by every app that files data per school year (enrollment, statistics, disclosure).
    """
    match = _SCHOOL_YEAR.fullmatch((value or "").strip())
    if not match:
        raise ValidationError("Năm học phải có dạng YYYY-YYYY, ví dụ 2024-2025.", code="school_year_format")
    first, second = int(match[1]), int(match[2])
    if second != first + 1:
        raise ValidationError(
            "Năm học “%(value)s” không hợp lệ: năm sau phải bằng năm trước cộng 1 (ví dụ %(first)s-%(next)s).",
            code="school_year_sequence",
            params={"value": value, "first": first, "next": first + 1},
        )
    if not 1950 <= first <= 2200:
        raise ValidationError(
            "Năm học “%(value)s” nằm ngoài khoảng hợp lý.", code="school_year_range", params={"value": value}
        )
