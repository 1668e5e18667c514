"""Import of a week's timetable or exam schedule from the sheet schools keep (XLSX or CSV).

Through ``portal.text.spreadsheets`` (size and zip-bomb checks, legacy encodings, headers with or without
diacritics, "Dòng N" errors). One row is one lesson or exam: Lớp, Thứ (2-7, CN, "Thứ Hai"...) or Ngày
(dd/mm/yyyy within the week), Buổi, Tiết (or Giờ), Môn; optional Giáo viên, Phòng, Ghi chú. The import is
all or nothing: a sheet with a bad row changes nothing and lists every bad row, so a week is never
published half imported.
"""

import datetime
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from portal.text import fold
from portal.text.spreadsheets import (
    SpreadsheetError,
    cell_text,
    find_header,
    header_index,
    is_blank,
    match_header,
    read_table,
    row_error,
)
from portal.timetables.models import TimetableEntry, TimetableWeek

COLUMNS = {
    "class_name": ["Lớp", "Tên lớp", "Lớp/Khối", "Khối"],
    "day": ["Thứ", "Ngày thứ"],
    "date": ["Ngày", "Ngày thi", "Ngày kiểm tra"],
    "session": ["Buổi"],
    "period": ["Tiết", "Giờ", "Tiết/Giờ", "Giờ thi", "Thời gian"],
    "subject": ["Môn", "Môn học", "Môn thi", "Nội dung"],
    "teacher": ["Giáo viên", "GV", "Giáo viên dạy", "Cán bộ coi thi"],
    "room": ["Phòng", "Phòng học", "Phòng thi"],
    "note": ["Ghi chú"],
}
REQUIRED = ("class_name", "period", "subject")
LABELS = {"class_name": "Lớp", "period": "Tiết", "subject": "Môn"}
INDEX = header_index(COLUMNS)
DAY_WORDS = {
    **{str(n): n - 2 for n in range(2, 8)},
    **{f"t{n}": n - 2 for n in range(2, 8)},
    "cn": 6,
    "chu nhat": 6,
    "hai": 0,
    "ba": 1,
    "tu": 2,
    "nam": 3,
    "sau": 4,
    "bay": 5,
}
NO_HEADER = (
    "Không tìm thấy dòng tiêu đề: tệp cần các cột Lớp, Thứ (hoặc Ngày), Tiết, Môn "
    "(tùy chọn Buổi, Giáo viên, Phòng, Ghi chú)."
)


@dataclass
class ImportResult:
    week: TimetableWeek | None = None
    count: int = 0
    errors: list = field(default_factory=list)


def parse_day(text):
    """0 (Monday) to 6 from "2".."7", "T2", "Thứ 2", "Thứ Hai", "CN", "Chủ nhật"; None otherwise."""
    key = " ".join(fold(text).lower().split())
    key = key.removeprefix("thu ").strip() if key.startswith("thu ") else key
    return DAY_WORDS.get(key)


def parse_date(text):
    try:
        return datetime.datetime.strptime(text, "%d/%m/%Y").date()
    except ValueError:
        return None


def _rows(data, file_name):
    table = read_table(data, file_name)
    position = find_header(table.rows, lambda keys: sum(1 for k in keys if k in INDEX) >= 3)
    if position is None:
        raise SpreadsheetError(NO_HEADER)
    mapping, _unknown = match_header(table.rows[position][1], INDEX)
    missing = [LABELS[name] for name in REQUIRED if name not in mapping]
    if "day" not in mapping and "date" not in mapping:
        missing.append("Thứ (hoặc Ngày)")
    if missing:
        raise SpreadsheetError(f"Thiếu cột: {', '.join(missing)}.")
    return mapping, table.rows[position + 1 :]


def parse_rows(data, file_name, week_start):
    """``(entries, errors)``: unsaved entries of the sheet, and "Dòng N: ..." for each bad row."""
    mapping, rows = _rows(data, file_name)
    entries, errors = [], []
    for line, cells in rows:
        if is_blank(cells):
            continue
        values = {name: cell_text(cells[pos]) if pos < len(cells) else "" for name, pos in mapping.items()}
        problems = [f"thiếu {LABELS[name].lower()}" for name in REQUIRED if not values.get(name)]
        weekday = None
        if values.get("date"):
            day = parse_date(values["date"])
            if day is None:
                problems.append(f"ngày “{values['date']}” không đúng dạng dd/mm/yyyy")
            elif not week_start <= day <= week_start + datetime.timedelta(days=6):
                problems.append(f"ngày {values['date']} không thuộc tuần đang nhập")
            else:
                weekday = day.weekday()
        elif values.get("day"):
            weekday = parse_day(values["day"])
            if weekday is None:
                problems.append(f"thứ “{values['day']}” không hợp lệ (ghi 2 đến 7 hoặc CN)")
        else:
            problems.append("thiếu thứ hoặc ngày")
        if problems:
            errors.append(row_error(line, "; ".join(problems) + "."))
            continue
        entries.append(
            TimetableEntry(
                class_name=values["class_name"][:40],
                weekday=weekday,
                session=values.get("session", "")[:20],
                period=values["period"][:20],
                subject=values["subject"][:120],
                teacher=values.get("teacher", "")[:120],
                room=values.get("room", "")[:60],
                note=values.get("note", "")[:255],
                line=line,
            )
        )
    if not entries and not errors:
        errors.append("Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.")
    return entries, errors


def import_week(page, week_start, data, file_name, note=""):
    """Replace ``page``'s week starting ``week_start`` (a Monday) with the sheet's rows, or change nothing."""
    week_start = week_start - datetime.timedelta(days=week_start.weekday())
    try:
        entries, errors = parse_rows(data, file_name, week_start)
    except SpreadsheetError as error:
        return ImportResult(errors=error.messages)
    if errors:
        return ImportResult(errors=errors)
    with transaction.atomic():
        TimetableWeek.objects.filter(page=page, week_start=week_start).delete()
        week = TimetableWeek.objects.create(
            page=page, week_start=week_start, note=note, file_name=file_name[:255], imported_at=timezone.now()
        )
        for entry in entries:
            entry.week = week
        TimetableEntry.objects.bulk_create(entries)
    return ImportResult(week=week, count=len(entries))
