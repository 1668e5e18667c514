"""Import of look-up data (exam results, diplomas register) from XLSX/CSV, all or nothing.

Reading, size and zip-bomb limits, encodings and the "Dòng N" line numbers come from
``portal.text.spreadsheets``; this module keeps only the columns and the row checks. Text typed in the
legacy TCVN3/VNI fonts of old Excel files (``.VnTime``, ``VNI-Times``) is detected on the names of the
whole file at once and converted (``portal.text.legacy``). Every problem of every row is collected;
if there is one, nothing is saved and the old data stays.
"""

import datetime
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils import timezone

from portal.text.legacy import convert_legacy, detect_legacy_encoding, to_unicode
from portal.text.spreadsheets import SpreadsheetError, cell_text, header_index, header_key, read_table
from procedures.codes import normalize_code

HEADER_SEARCH_LINES = 15
DATE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
CODE = re.compile(r"^[A-Za-z0-9./-]{1,40}$")
MAX_ERRORS = 50


class ImportRowsError(Exception):
    def __init__(self, messages):
        self.messages = list(messages)
        super().__init__("; ".join(self.messages))


@dataclass
class Columns:
    """Known columns ``{field: [spellings]}``; ``required`` must all be found on the header line."""

    known: dict
    required: tuple
    labels: dict


EXAM = Columns(
    known={
        "candidate_number": ["SBD", "Số báo danh", "So bao danh"],
        "full_name": ["Họ và tên", "Họ tên", "Họ và tên thí sinh"],
        "birth_date": ["Ngày sinh"],
        "room": ["Phòng thi", "Phòng"],
        "total": ["Tổng điểm", "Tổng"],
        "result": ["Kết quả", "Xếp loại", "Ghi chú"],
        "order": ["STT", "TT"],
    },
    required=("candidate_number", "full_name", "birth_date"),
    labels={"candidate_number": "Số báo danh", "full_name": "Họ và tên", "birth_date": "Ngày sinh"},
)
DIPLOMA = Columns(
    known={
        "number": ["Số hiệu", "Số hiệu văn bằng", "Số hiệu bằng"],
        "register_number": ["Số vào sổ", "Số vào sổ gốc", "Số vào sổ cấp bằng"],
        "full_name": ["Họ và tên", "Họ tên"],
        "birth_date": ["Ngày sinh"],
        "year": ["Năm tốt nghiệp", "Năm"],
        "classification": ["Xếp loại", "Xếp loại tốt nghiệp"],
        "kind": ["Loại văn bằng", "Loại bằng"],
        "order": ["STT", "TT"],
    },
    required=("number", "full_name", "birth_date", "year"),
    labels={
        "number": "Số hiệu văn bằng",
        "full_name": "Họ và tên",
        "birth_date": "Ngày sinh",
        "year": "Năm tốt nghiệp",
    },
)


def parse_date(value):
    """``(date, None)`` or ``(None, message)``; Excel dates and ``dd/mm/yyyy`` text."""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        day = value
    else:
        raw = cell_text(value)
        if not raw:
            return None, "thiếu Ngày sinh"
        match = DATE.fullmatch(raw)
        if not match:
            return None, f"Ngày sinh “{raw}” phải theo dạng dd/mm/yyyy"
        try:
            day = datetime.date(int(match[3]), int(match[2]), int(match[1]))
        except ValueError:
            return None, f"Ngày sinh “{raw}” không có thật"
    if day.year < 1940 or day > timezone.localdate():
        return None, f"Ngày sinh “{day:%d/%m/%Y}” không hợp lý"
    return day, None


def parse_score(value):
    """A mark 0–10 as shown (``8,5``), ``""`` for blank, or text like ``Vắng``; None when invalid."""
    raw = cell_text(value)
    if not raw:
        return ""
    try:
        number = Decimal(raw.replace(",", "."))
    except InvalidOperation:
        return raw if raw.replace(" ", "").isalpha() and len(raw) <= 20 else None
    if not Decimal(0) <= number <= Decimal(10):
        return None
    return f"{number.normalize():f}".replace(".", ",")


def locate_header(rows, columns):
    """(position in rows, {field: index}, [(index, subject header)]) or ImportRowsError."""
    index = header_index({name: spellings for name, spellings in columns.known.items()})
    for position, (_line, cells) in enumerate(rows[:HEADER_SEARCH_LINES]):
        mapping, extra = {}, []
        for cell_index, cell in enumerate(cells):
            label, _encoding = to_unicode(cell_text(cell))  # headers typed in TCVN3/VNI fonts too
            name = index.get(header_key(label))
            if name and name not in mapping:
                mapping[name] = cell_index
            elif label:
                extra.append((cell_index, label))
        if all(name in mapping for name in columns.required):
            return position, mapping, extra
    wanted = ", ".join(columns.labels[name] for name in columns.required)
    raise ImportRowsError([f"Không tìm thấy dòng tiêu đề có đủ các cột: {wanted}."])


def _legacy(rows, index):
    names = " ".join(cell_text(cells[index]) for _line, cells in rows if index < len(cells))
    return detect_legacy_encoding(names)


@dataclass
class Parsed:
    records: list = field(default_factory=list)
    encoding: str = ""


def parse(data, file_name, columns, build_row):
    """Read and check every row; ``build_row(cells_of, line, errors) -> dict | None``."""
    try:
        table = read_table(data, file_name)
    except SpreadsheetError as error:
        raise ImportRowsError(error.messages) from error
    rows = table.rows
    position, mapping, extra = locate_header(rows, columns)
    body = [(line, cells) for line, cells in rows[position + 1 :] if any(cell_text(cell) for cell in cells)]
    encoding = _legacy(body, mapping["full_name"]) or ""

    def cells_of(cells, name):
        index = mapping.get(name)
        value = cells[index] if index is not None and index < len(cells) else None
        if encoding and isinstance(value, str):
            value = convert_legacy(value, encoding)
        return value

    parsed, errors = Parsed(encoding=encoding), []
    for line, cells in body:
        row_errors = []
        record = build_row(cells_of, cells, extra, row_errors, encoding)
        if row_errors:
            errors.append(f"Dòng {line}: " + "; ".join(row_errors) + ".")
        elif record is not None:
            parsed.records.append((line, record))
        if len(errors) >= MAX_ERRORS:
            errors.append("Còn lỗi ở các dòng sau; hãy sửa các dòng trên rồi nhập lại.")
            break
    if not parsed.records and not errors:
        errors.append("Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.")
    if errors:
        raise ImportRowsError(errors)
    return parsed


def _duplicates(records, key, label):
    seen, errors = {}, []
    for line, record in records:
        value = record[key]
        if value in seen:
            errors.append(f"Dòng {line}: {label} {value} trùng với dòng {seen[value]}.")
        seen.setdefault(value, line)
    if errors:
        raise ImportRowsError(errors)


def exam_row(cells_of, cells, extra, errors, encoding):
    number = normalize_code(cell_text(cells_of(cells, "candidate_number")))
    name = cell_text(cells_of(cells, "full_name"))
    if not number and not name:
        return None  # a signature or note line below the table
    if not CODE.match(number):
        errors.append("thiếu Số báo danh" if not number else f"Số báo danh “{number}” không hợp lệ")
    if not name:
        errors.append("thiếu Họ và tên")
    birth, problem = parse_date(cells_of(cells, "birth_date"))
    if problem:
        errors.append(problem)
    scores = []
    for index, subject in extra:
        raw = cells[index] if index < len(cells) else None
        value = parse_score(convert_legacy(raw, encoding) if encoding and isinstance(raw, str) else raw)
        if value is None:
            errors.append(f"điểm {subject} “{cell_text(raw)}” phải là số từ 0 đến 10")
        else:
            scores.append([subject, value])
    return {
        "candidate_number": number,
        "full_name": name[:120],
        "birth_date": birth,
        "room": cell_text(cells_of(cells, "room"))[:40],
        "total": cell_text(cells_of(cells, "total"))[:20],
        "result": cell_text(cells_of(cells, "result"))[:120],
        "scores": scores,
    }


def diploma_row(cells_of, cells, extra, errors, encoding):
    number = normalize_code(cell_text(cells_of(cells, "number")))
    name = cell_text(cells_of(cells, "full_name"))
    if not number and not name:
        return None
    if not CODE.match(number):
        errors.append("thiếu Số hiệu văn bằng" if not number else f"Số hiệu “{number}” không hợp lệ")
    if not name:
        errors.append("thiếu Họ và tên")
    birth, problem = parse_date(cells_of(cells, "birth_date"))
    if problem:
        errors.append(problem)
    year_text = cell_text(cells_of(cells, "year"))
    year = int(year_text) if year_text.isdigit() else None
    if year is None or not 1950 <= year <= timezone.localdate().year:
        errors.append(f"Năm tốt nghiệp “{year_text}” không hợp lệ")
    record = {
        "number": number,
        "register_number": cell_text(cells_of(cells, "register_number"))[:40],
        "full_name": name[:120],
        "birth_date": birth,
        "year": year,
        "classification": cell_text(cells_of(cells, "classification"))[:40],
    }
    kind = cell_text(cells_of(cells, "kind"))
    if kind:
        record["kind"] = kind[:120]
    return record


def import_exam_results(page, data, file_name):
    """Replace the page's results with the file's; returns the number of rows imported."""
    from procedures.models import ExamResult

    parsed = parse(data, file_name, EXAM, exam_row)
    _duplicates(parsed.records, "candidate_number", "Số báo danh")
    with transaction.atomic():
        ExamResult.objects.filter(page=page).delete()
        ExamResult.objects.bulk_create([ExamResult(page=page, **record) for _line, record in parsed.records])
    return len(parsed.records), parsed.encoding


def import_diplomas(page, data, file_name):
    from procedures.models import Diploma

    parsed = parse(data, file_name, DIPLOMA, diploma_row)
    _duplicates(parsed.records, "number", "Số hiệu")
    with transaction.atomic():
        Diploma.objects.filter(page=page).delete()
        Diploma.objects.bulk_create([Diploma(page=page, **record) for _line, record in parsed.records])
    return len(parsed.records), parsed.encoding
