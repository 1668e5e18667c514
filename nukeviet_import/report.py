"""The XLSX report of an import: one line per source row, what became of it and why (Vietnamese)."""

from portal.text.spreadsheets import xlsx_bytes

HEADER = ["Bảng NukeViet", "Mã", "Tiêu đề", "Kết quả", "Trong cổng", "Lý do / ghi chú"]


def report_xlsx(report):
    lines = [HEADER] + [
        [line.table, line.source_id, line.title, line.outcome, line.target, line.reason] for line in report.lines
    ]
    return xlsx_bytes(lines, sheet_title="Kết quả nhập", title="Kết quả nhập dữ liệu NukeViet")
