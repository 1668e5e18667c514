"""Statistics to and from XLSX and CSV, with the same columns both ways (so an export can be re-imported).

CSV is written as UTF-8 with a byte order mark: Excel opens BOM-less UTF-8 as
the ANSI code page and garbles Vietnamese. Reading accepts any encoding
``decode_bytes`` knows (UTF-8, cp1258, TCVN3, VNI) and headers with or without
diacritics.
"""

import csv
import io
import re
import zipfile

from django.core.exceptions import ValidationError

from portal.text import fold, nfc
from portal.text.legacy import decode_bytes
from portal.yearbook.levels import grades_for
from portal.yearbook.models.rows import METRICS

MAX_IMPORT_SIZE = 1024 * 1024
MAX_IMPORT_ROWS = 100
BOM = "\ufeff"


class YearbookImportError(Exception):
    def __init__(self, messages):
        self.messages = [messages] if isinstance(messages, str) else list(messages)
        super().__init__("; ".join(self.messages))


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
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(["" if v is None else v for v in line] for line in lines)
    return (BOM + buffer.getvalue()).encode("utf-8")


def to_xlsx(lines, title):
    import openpyxl
    from openpyxl.styles import Font

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Niên giám thống kê"
    for line in lines:
        sheet.append(line)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column in sheet.columns:
        width = max(len(str(cell.value or "")) for cell in column)
        sheet.column_dimensions[column[0].column_letter].width = min(max(width + 2, 10), 40)
    sheet.freeze_panes = "A2"
    workbook.properties.title = title
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# --- import -----------------------------------------------------------------------------------------


def _key(text):
    """Header comparison key: no diacritics, case, punctuation or bracketed notes (“Số lớp (nhóm, lớp)” = “so lop”)."""
    text = re.sub(r"\(.*?\)", " ", nfc(str(text or "")))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text).lower()).split())


def _read_lines(data, file_name):
    if len(data) > MAX_IMPORT_SIZE:
        raise YearbookImportError("Tệp quá lớn; tệp niên giám tối đa 1 MB.")
    if (file_name or "").lower().endswith(".xlsx") or data.startswith(b"PK\x03\x04"):
        import openpyxl

        try:
            workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                lines = [list(row) for row in workbook.worksheets[0].iter_rows(values_only=True, max_row=200)]
            finally:
                workbook.close()
        except (zipfile.BadZipFile, KeyError, ValueError, OSError, IndexError) as error:
            raise YearbookImportError("Tệp không phải bảng tính Excel .xlsx hợp lệ.") from error
        return lines
    if not (file_name or "").lower().endswith(".csv"):
        raise YearbookImportError("Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv).")
    text, _encoding = decode_bytes(data)
    if "\x00" in text or "\ufffd" in text:
        raise YearbookImportError("Không đọc được tệp CSV (ký tự nhị phân hoặc bảng mã không nhận dạng được).")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return list(csv.reader(io.StringIO(text, newline=""), dialect))


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
    lines = [line for line in _read_lines(data, file_name) if any(str(v or "").strip() for v in line)]
    if not lines:
        raise YearbookImportError("Tệp không có dữ liệu.")
    wanted = {_key(header): field for field, header in columns(level)}
    header = [_key(cell) for cell in lines[0]]
    unknown = [str(cell) for cell, key in zip(lines[0], header, strict=True) if key and key not in wanted]
    missing = [h for f, h in columns(level) if _key(h) not in header and not f.startswith("students_")]
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
    for number, line in enumerate(lines[1:], start=2):
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
            errors.append(f"Dòng {number}: " + "; ".join(row_errors) + ".")
        rows.append(values)
    if errors:
        raise YearbookImportError(errors)
    return rows


def validate_rows(rows):
    """Check every row as the admin would (types, signs, years, the portal's grades, duplicates)."""
    from portal.yearbook.models import YearbookRow

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
