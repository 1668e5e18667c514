"""The letter's annex form "DANH SÁCH ĐĂNG KÝ SỬ DỤNG EMAIL" as DOCX, and the same list as XLSX.

Laid out like the annex attached to the letter (shared SEED text): the supervising body and the
school on the left, the motto on the right, the date line, "Kính gửi" the supervising body, the
title, the address pattern, the table STT / Họ và tên / Chức vụ / Email, then the preparer's and the
principal's signature blocks, each with a phone line.
"""

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from mailaccounts.exports import layout
from mailaccounts.models import MailAccount, MailService
from portal.text.spreadsheets import xlsx_bytes

TITLE = "DANH SÁCH ĐĂNG KÝ SỬ DỤNG EMAIL"
HEADERS = ["STT", "Họ và tên", "Chức vụ", "Email"]
SHOWN = [
    MailAccount.Status.DRAFT,
    MailAccount.Status.SUBMITTED,
    MailAccount.Status.APPROVED,
    MailAccount.Status.SUSPENDED,
]


def registered(portal):
    """The lines of the form: everything registered and not rejected or closed, in the school's order."""
    return list(MailAccount.objects.filter(portal=portal, status__in=SHOWN).order_by("sort_order", "pk"))


def principal(accounts):
    """The principal's line (a staff entry "Hiệu trưởng", else the position mailbox's holder)."""
    heads = [a for a in accounts if " ".join(a.position.lower().split()) == "hiệu trưởng" and a.full_name]
    heads.sort(key=lambda a: a.kind != MailAccount.Kind.STAFF)
    return heads[0] if heads else None


def school_heading(school):
    name = school.name
    if name.lower().startswith("trường "):
        name = name[len("trường ") :]
    return f"TRƯỜNG: {name.upper()}"


def pattern_line(service):
    user_school = service.address_pattern.replace("{user}", "Tên_người_dùng").replace("{school}", "Tên_trường")
    return f"{user_school}@{service.domain}"


def annex_docx(school, *, preparer="", preparer_phone="", day=None):
    service = MailService.current()
    accounts = registered(school)
    head = principal(accounts)
    document = layout.new_document()
    supervisor = layout.supervisor_name(school).upper()
    layout.two_columns(document, [(supervisor, False), (school_heading(school), True)], [("", False)], widths=(10, 6))
    layout.paragraph(document, layout.date_line(day), italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=12)
    layout.paragraph(document, f"Kính gửi: {layout.supervisor_name(school)}", align=layout.CENTER, space_after=12)
    layout.paragraph(document, TITLE, bold=True, size=14, align=layout.CENTER, space_after=2)
    layout.paragraph(document, pattern_line(service), italic=True, align=layout.CENTER, space_after=10)

    table = document.add_table(rows=1, cols=len(HEADERS))
    table.style = document.styles["Table Grid"]
    for cell, text, width in zip(table.rows[0].cells, HEADERS, (1.2, 5.3, 4, 5.5), strict=True):
        cell.width = Cm(width)
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        cell.paragraphs[0].alignment = layout.CENTER
    for number, account in enumerate(accounts, start=1):
        cells = table.add_row().cells
        values = [str(number), account.full_name, account.position, account.address]
        for cell, value in zip(cells, values, strict=True):
            cell.paragraphs[0].add_run(value).font.size = Pt(12)
        cells[0].paragraphs[0].alignment = layout.CENTER

    layout.signature(
        document,
        [
            ("Người lập danh sách", True),
            ("", False),
            ("", False),
            (preparer or layout.BLANK, False),
            (f"Số điện thoại: {preparer_phone or layout.BLANK}", False),
        ],
        [
            ("HIỆU TRƯỞNG", True),
            ("(Ký tên, đóng dấu)", False),
            ("", False),
            (head.full_name if head else layout.BLANK, False),
            (f"Số điện thoại: {(head.phone if head else '') or layout.BLANK}", False),
        ],
    )
    return layout.as_bytes(document)


def annex_xlsx(school):
    lines = [HEADERS + ["Loại hộp thư", "Số điện thoại", "Trạng thái", "Lý do"]]
    for number, account in enumerate(registered(school), start=1):
        lines.append(
            [
                number,
                account.full_name,
                account.position,
                account.address,
                account.get_kind_display(),
                account.phone,
                account.get_status_display(),
                account.reason,
            ]
        )
    return xlsx_bytes(lines, sheet_title="Đăng ký email", title=f"{TITLE} - {school.name}")
