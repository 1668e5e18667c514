"""Field checks shared by the article page types, with Vietnamese messages for editors.

Why here and not in the form: Wagtail's admin form calls ``Model.full_clean()``, so checks in the
model's ``clean()`` also protect pages created in code (seeders, imports).
https://docs.djangoproject.com/en/5.2/ref/models/instances/#validating-objects
"""

import datetime
import re

from django.core.exceptions import ValidationError
from django.db import models

from portal.text.numbering import DocumentNumberError, parse_document_number

NEGATIVE_MESSAGE = "Số liệu không được là số âm."
FIRST_YEAR = 1945  # the first year of the Vietnamese state's education system

_CYCLE = re.compile(r"^(\d{4})\s*[-‐‑–—/]\s*(\d{4})$")


def last_allowed_year():
    return datetime.date.today().year + 1


def validate_year(value):
    """A four-digit year between 1945 and next year."""
    if value is None:
        return
    if not FIRST_YEAR <= value <= last_allowed_year():
        raise ValidationError(
            "Năm phải gồm 4 chữ số (YYYY), từ %(first)s đến %(last)s.",
            code="year",
            params={"first": FIRST_YEAR, "last": last_allowed_year()},
        )


def parse_year_range(value):
    """``"2020 – 2025"`` -> ``(2020, 2025)``; raises ValidationError unless YYYY-YYYY in order."""
    match = _CYCLE.match((value or "").strip())
    if not match:
        raise ValidationError("Chu kỳ phải có dạng YYYY-YYYY, ví dụ 2020-2025.", code="year_range")
    start, end = int(match.group(1)), int(match.group(2))
    for year in (start, end):
        validate_year(year)
    if start >= end:
        raise ValidationError(
            "Năm bắt đầu (%(start)s) phải nhỏ hơn năm kết thúc (%(end)s).",
            code="year_range_order",
            params={"start": start, "end": end},
        )
    return start, end


def parse_number(value, *, decision=False):
    """The parsed số ký hiệu of ``value`` (None when blank); ValidationError when unusable.

    ``decision``: the number must be a quyết định (type code QĐ), e.g. ``1234/QĐ-SGDĐT``.
    """
    if not (value or "").strip():
        return None
    try:
        number = parse_document_number(value)
    except DocumentNumberError as error:
        raise ValidationError(str(error), code="document_number") from error
    if decision and number.type_code != "QĐ":
        raise ValidationError(
            "“%(value)s” không phải số của một quyết định: số quyết định phải có ký hiệu QĐ, "
            "ví dụ 1234/QĐ-SGDĐT hoặc 04/2025/QĐ-UBND.",
            code="not_a_decision",
            params={"value": value.strip()},
        )
    return number


def check_number_year(number, issued, field, errors):
    """The year inside a số ký hiệu (``04/2025/QĐ-UBND``) must be the year of the issue date."""
    if number is not None and number.year is not None and issued is not None and number.year != issued.year:
        errors.setdefault(field, []).append(
            f"Năm trong số ký hiệu ({number.year}) không khớp với năm của ngày ban hành ({issued:%d/%m/%Y})."
        )


def check_dates_in_order(instance, fields, errors):
    """Each filled date in ``fields`` ([(name, label)...]) must be on or after every earlier one."""
    previous = None
    for name, label in fields:
        value = getattr(instance, name)
        if value is None:
            continue
        if previous is not None and value < previous[1]:
            errors.setdefault(name, []).append(
                f"{label} ({value:%d/%m/%Y}) không được trước {previous[0]} ({previous[1]:%d/%m/%Y})."
            )
        else:
            previous = (label.lower(), value)


def clean_document_number_field(instance, field, errors, *, decision=False):
    """Replace ``instance.<field>`` by its canonical form; returns the parsed number or None."""
    try:
        number = parse_number(getattr(instance, field), decision=decision)
    except ValidationError as error:
        errors.setdefault(field, []).extend(error.messages)
        return None
    if number is not None:
        setattr(instance, field, number.canonical)
    return number


class NonNegativeIntegerField(models.PositiveIntegerField):
    """A count that cannot be negative, with a plain Vietnamese message in the admin form.

    Django's own message ("Đảm bảo giá trị này lớn hơn hoặc bằng với 0 .") reads badly; form fields
    replace a validator's message by ``error_messages[code]``.
    """

    def formfield(self, **kwargs):
        field = super().formfield(**kwargs)
        field.error_messages["min_value"] = NEGATIVE_MESSAGE
        return field
