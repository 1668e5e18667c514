"""Validate the rows of a candidate table; every problem is collected, per row, in Vietnamese.

A row is one of: blank (skipped), a footer or note line with neither STT nor birth
date (skipped and counted, e.g. “Người lập danh sách”, “HIỆU TRƯỞNG”), or a
candidate, which must be complete and valid.
"""

import datetime
import re
from dataclasses import dataclass, field

from django.utils import timezone

from portal.enrollment.importing.columns import label, map_header, required_fields
from portal.enrollment.importing.errors import CandidateImportError
from portal.enrollment.importing.readers import MAX_ROWS
from portal.enrollment.search import search_key
from portal.text import fold
from portal.text.legacy import convert_legacy, detect_legacy_encoding
from portal.text.spreadsheets import cell_text

HEADER_SEARCH_LINES = 15
_DATE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
MAX_LENGTHS = {"full_name": 120, "previous_school": 200, "result": 120, "note": 255}
OLDEST_BIRTH_YEAR = 1990


@dataclass
class ParsedList:
    candidates: list = field(default_factory=list)  # dicts of Candidate fields
    personal_columns: list = field(default_factory=list)
    skipped_lines: list = field(default_factory=list)
    legacy_encoding: str = ""


def find_header(rows):
    """``(index in rows, mapping, personal columns)`` of the header line, or a clear error."""
    best, best_missing = None, required_fields()
    for index, (_line, cells) in enumerate(rows[:HEADER_SEARCH_LINES]):
        mapping, personal = map_header(cells)
        missing = [f for f in required_fields() if f not in mapping]
        if not missing:
            return index, mapping, personal
        if len(missing) < len(best_missing):
            best, best_missing = index, missing
    found = "" if best is None else f" (dòng {rows[best][0]} thiếu: {', '.join(label(f) for f in best_missing)})"
    wanted = ", ".join(label(f) for f in required_fields())
    raise CandidateImportError(
        f"Không tìm thấy dòng tiêu đề có đủ các cột bắt buộc: {wanted}{found}. "
        "Tên cột có thể viết có dấu hoặc không dấu."
    )


def parse_number(value):
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value > 0 else None
    if isinstance(value, float):
        return int(value) if value.is_integer() and value > 0 else None
    text = cell_text(value).rstrip(".")
    return int(text) if text.isdigit() and int(text) > 0 else None


def parse_birth_date(value, today):
    """``(date, None)`` or ``(None, message)``."""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        day = value
    else:
        text = cell_text(value)
        match = _DATE.fullmatch(text)
        if not text:
            return None, "thiếu Ngày sinh"
        if not match:
            return None, f"Ngày sinh “{text}” phải theo dạng dd/mm/yyyy, ví dụ 05/09/2015"
        try:
            day = datetime.date(int(match[3]), int(match[2]), int(match[1]))
        except ValueError:
            return None, f"Ngày sinh “{text}” không có thật"
    if not OLDEST_BIRTH_YEAR <= day.year or day > today:
        return None, f"Ngày sinh “{day:%d/%m/%Y}” không hợp lý"
    return day, None


def parse_gender(value):
    key = fold(cell_text(value)).lower()
    return {"nam": "nam", "nu": "nu", "trai": "nam", "gai": "nu"}.get(key)


def _legacy_encoding(rows, mapping):
    """TCVN3/VNI text typed in old Excel files (``.VnTime``): detect on all the names at once."""
    index = mapping["full_name"]
    names = " ".join(cell_text(cells[index]) for _line, cells in rows if index < len(cells))
    return detect_legacy_encoding(names) or ""


def parse_candidates(table, today=None):
    """Validate every row; return a ``ParsedList`` or raise ``CandidateImportError`` listing all problems."""
    today = today or timezone.localdate()
    rows = [(line, list(cells)) for line, cells in table.rows]
    header_index, mapping, personal = find_header(rows)
    body = rows[header_index + 1 :]
    legacy = _legacy_encoding(body, mapping) if table.kind == "xlsx" else ""
    result = ParsedList(personal_columns=personal, legacy_encoding=legacy)
    errors, seen_numbers = [], {}

    def get(cells, name):
        index = mapping.get(name)
        value = cells[index] if index is not None and index < len(cells) else None
        if legacy and isinstance(value, str):
            value = convert_legacy(value, legacy)
        return value

    for line, cells in body:
        if not any(cell_text(cell) for cell in cells):
            continue
        raw_number, raw_birth = get(cells, "number"), get(cells, "birth_date")
        if not cell_text(raw_number) and not cell_text(raw_birth):
            result.skipped_lines.append(line)
            continue
        row_errors = []
        number = parse_number(raw_number)
        if number is None:
            row_errors.append(f"STT “{cell_text(raw_number)}” phải là số nguyên dương")
        elif number in seen_numbers:
            row_errors.append(f"STT {number} trùng với dòng {seen_numbers[number]}")
        else:
            seen_numbers[number] = line
        full_name = cell_text(get(cells, "full_name"))
        if not full_name:
            row_errors.append("thiếu Họ và tên")
        elif any(ch.isdigit() for ch in full_name) or not any(ch.isalpha() for ch in full_name):
            row_errors.append(f"Họ và tên “{full_name}” không hợp lệ")
        birth_date, message = parse_birth_date(raw_birth, today)
        if message:
            row_errors.append(message)
        gender = parse_gender(get(cells, "gender"))
        if gender is None:
            row_errors.append(f"Giới tính “{cell_text(get(cells, 'gender'))}” phải là Nam hoặc Nữ")
        values = {name: cell_text(get(cells, name)) for name in ("previous_school", "result", "note")}
        for name, limit in MAX_LENGTHS.items():
            text = full_name if name == "full_name" else values[name]
            if len(text) > limit:
                row_errors.append(f"{label(name)} dài quá {limit} ký tự")
        if row_errors:
            errors.append(f"Dòng {line}: " + "; ".join(row_errors) + ".")
            continue
        result.candidates.append({
            "number": number, "full_name": full_name, "birth_date": birth_date, "gender": gender,
            "search_key": search_key(full_name), **values,
        })  # fmt: skip
    if len(result.candidates) + len(errors) > MAX_ROWS:
        limit = f"{MAX_ROWS:,}".replace(",", ".")
        raise CandidateImportError(f"Danh sách vượt quá {limit} thí sinh; hãy chia thành nhiều thông báo.")
    if errors:
        raise CandidateImportError(errors)
    if not result.candidates:
        raise CandidateImportError("Tệp có dòng tiêu đề nhưng không có thí sinh nào.")
    return result
