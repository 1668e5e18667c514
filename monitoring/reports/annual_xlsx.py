"""The annual evaluation as a workbook, through the project's one spreadsheet module."""

from openpyxl.styles import Alignment, Font

from monitoring.reports.annual import SCHOOL_COLUMNS, school_row
from portal.text.spreadsheets import append_row, new_workbook, workbook_bytes

SUMMARY = [
    ("Số trường", "schools"),
    ("Điểm trung bình", "average_score"),
    ("Tổng số bài viết trong năm học", "articles"),
    ("Số trường có chuyên mục công khai của năm học", "with_disclosure"),
    ("Tổng số mục công khai quá hạn", "overdue"),
    ("Hộp thư đã duyệt", "mailboxes_approved"),
    ("Hộp thư chờ duyệt", "mailboxes_pending"),
    ("Hộp thư tạm khóa", "mailboxes_suspended"),
    ("Số trường có quy chế", "with_regulations"),
    ("Số trường có ban biên tập", "with_board"),
]


def workbook(school_year, schools, district, *, issuer, title):
    book, sheet = new_workbook("Tổng hợp", title)
    append_row(sheet, [issuer.upper()])
    append_row(sheet, [title.upper()])
    append_row(sheet, [f"Năm học {school_year}"])
    sheet["A1"].font = sheet["A2"].font = Font(bold=True)
    append_row(sheet, [])
    for label, key in SUMMARY:
        append_row(sheet, [label, district[key]])
    sheet.column_dimensions["A"].width = 50
    rows = book.create_sheet("Các trường")
    append_row(rows, ["STT", *(label for label, _ in SCHOOL_COLUMNS)])
    for cell in rows[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for number, school in enumerate(schools, start=1):
        append_row(rows, [number, *school_row(school)])
    rows.freeze_panes = "C2"
    rows.column_dimensions["B"].width = 40
    rules = book.create_sheet("Quy tắc chấm điểm")
    append_row(rules, ["Trường", "Quy tắc", "Điểm", "Giá trị", "Kết quả"])
    for school in schools:
        for result in school.rules:
            value = "chưa có dữ liệu" if result.value is None else result.value
            append_row(rules, [school.portal.name, result.label, result.rule.points, value, result.state])
    return workbook_bytes(book)
