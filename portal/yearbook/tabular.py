"""Statistics to and from XLSX and CSV, with the same columns both ways (so an export can be re-imported).

CSV is written as UTF-8 with a byte order mark: Excel opens BOM-less UTF-8 as
the ANSI code page and garbles Vietnamese. Reading accepts any encoding
``decode_bytes`` knows (UTF-8, cp1258, TCVN3, VNI) and headers with or without
diacritics.
"""

import re

from django.core.exceptions import ValidationError

from portal.text import nfc, spreadsheets
from portal.text.spreadsheets import SpreadsheetError, header_key
from portal.yearbook.levels import grades_for
from portal.yearbook.models.rows import METRICS, YearbookRow

MAX_IMPORT_ROWS = 100
SHEET_TITLE = "Niên giám thống kê"


class YearbookImportError(SpreadsheetError):
    """The file cannot be imported (Vietnamese messages, per row where it applies); nothing was saved."""


def columns(level):
    """``[(field, header), ...]`` of a school's table: year, main figures, the level's grades."""
    result = [("school_year", "Năm học")]
    for key, label in METRICS:
        result.append((key, label))
        if key == "students":
            result += [(f"students_{grade}", f"Học sinh {label.lower()}") for grade, label in grades_for(level)]
    return result


def school_rows(level, records):
    """Header and one line per record (dicts of ``YearbookRow.as_dict``), oldest year first."""
    cols = columns(level)
    lines = [[header for _field, header in cols]]
    for record in sorted(records, key=lambda r: r["school_year"]):
        grades = record.get("grades", {})
        lines.append([
            grades.get(field.removeprefix("students_")) if field.startswith("students_") else record.get(field)
            for field, _header in cols
        ])  # fmt: skip
    return lines


def to_csv(lines):
    return spreadsheets.csv_bytes(lines)


def to_xlsx(lines, title):
    return spreadsheets.xlsx_bytes(lines, sheet_title=SHEET_TITLE, title=title)


# --- import -----------------------------------------------------------------------------------------


def _read_lines(data, file_name):
    try:
        table = spreadsheets.read_table(data, file_name, max_rows=MAX_IMPORT_ROWS + 100)
    except SpreadsheetError as error:
        raise YearbookImportError(error.messages) from error
    return [(number, cells) for number, cells in table.rows if not spreadsheets.is_blank(cells)]


def _integer(value):
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int):
        return value
    text = str(value).strip().replace(".", "").replace(" ", "")
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    raise ValueError(value)


def parse_rows(data, file_name, level):
    """Field dicts of ``YearbookRow`` from a file laid out like ``school_rows``; all rows or an error."""
    numbered = _read_lines(data, file_name)
    lines = [cells for _number, cells in numbered]
    if not lines:
        raise YearbookImportError("Tệp không có dữ liệu.")
    wanted = {header_key(header): field for field, header in columns(level)}
    header = [header_key(cell) for cell in lines[0]]
    unknown = [str(cell) for cell, key in zip(lines[0], header, strict=True) if key and key not in wanted]
    missing = [h for f, h in columns(level) if header_key(h) not in header and not f.startswith("students_")]
    errors = []
    if unknown:
        errors.append(f"Các cột không thuộc mẫu niên giám của đơn vị: {', '.join(unknown)}.")
    if missing:
        errors.append(f"Thiếu các cột: {', '.join(missing)}.")
    if errors:
        raise YearbookImportError(errors)
    if len(lines) - 1 > MAX_IMPORT_ROWS:
        raise YearbookImportError(f"Tệp có quá nhiều dòng (tối đa {MAX_IMPORT_ROWS} năm học).")
    rows = []
    for number, line in numbered[1:]:
        values, row_errors = {}, []
        for key, cell in zip(header, line, strict=False):
            field = wanted.get(key)
            if field == "school_year":
                values[field] = nfc(str(cell or "")).strip().replace("–", "-")
            elif field:
                try:
                    values[field] = _integer(cell)
                except ValueError:
                    row_errors.append(f"“{cell}” không phải số nguyên")
        if row_errors:
            errors.append(spreadsheets.row_error(number, "; ".join(row_errors) + "."))
        rows.append(values)
    if errors:
        raise YearbookImportError(errors)
    return rows


def validate_rows(rows):
    """Check every row as the admin would (types, signs, years, the portal's grades, duplicates)."""
    errors, seen = [], {}
    for number, values in enumerate(rows, start=2):
        row = YearbookRow(**values)
        messages = []
        try:
            row.full_clean(exclude=["page", "sort_order"], validate_constraints=False)
        except ValidationError as error:
            messages += [message for field_errors in error.message_dict.values() for message in field_errors]
        year = values.get("school_year")
        if year in seen:
            messages.append(f"năm học {year} trùng với dòng {seen[year]}")
        seen.setdefault(year, number)
        if messages:
            errors.append(f"Dòng {number}: " + "; ".join(dict.fromkeys(m.rstrip(".") for m in messages)) + ".")
    if errors:
        raise YearbookImportError(errors)
