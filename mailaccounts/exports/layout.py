"""Shared layout of the generated Word documents (python-docx): the administrative header, date line, signatures.

Why one module: the annex and the five drafts of the regulations kit follow the same Vietnamese
administrative layout (Nghị định 30/2020/NĐ-CP): issuing body on the left, the national motto on the
right, a date line with the place, Times New Roman, and a signature block.
"""

import io
import re

from django.conf import settings
from django.utils import timezone
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from tenants.models import Portal

CENTER = WD_ALIGN_PARAGRAPH.CENTER
FONT = "Times New Roman"
BLANK = "…………"
_PLACE_PREFIX = re.compile(r"^(thành phố|thị xã|huyện|quận|phường|xã|tỉnh)\s+", re.IGNORECASE)


def new_document():
    document = Document()
    style = document.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(13)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    for section in document.sections:
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin, section.right_margin = Cm(3), Cm(2)
        section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    return document


def paragraph(container, text="", *, bold=False, italic=False, size=None, align=None, space_after=4):
    para = container.add_paragraph()
    if text:
        run = para.add_run(text)
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)
    if align is not None:
        para.alignment = align
    para.paragraph_format.space_after = Pt(space_after)
    return para


def place_name():
    """ "Thủ Dầu Một" from ``PORTAL_CITY_NAME`` ("thành phố Thủ Dầu Một"): the place of the date line."""
    return _PLACE_PREFIX.sub("", settings.PORTAL_CITY_NAME.strip())


def date_line(day=None):
    day = day or timezone.localdate()
    return f"{place_name()}, ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"


def supervisor_name(school):
    """The supervising body, from the registry: the school's recorded supervisor, else the district portal."""
    if school.supervisor_name:
        return school.supervisor_name
    district = Portal.objects.filter(kind=Portal.Kind.DISTRICT).only("name").first()
    return district.name if district else ""


def no_borders(table):
    borders = table._tbl.tblPr.first_child_found_in("w:tblBorders")
    if borders is not None:
        table._tbl.tblPr.remove(borders)


def two_columns(document, left_lines, right_lines, *, widths=(7.5, 8.5)):
    """A borderless two-column block: [(text, bold), ...] on each side, centered."""
    table = document.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.style = document.styles["Normal Table"]
    for cell, lines, width in zip(table.rows[0].cells, (left_lines, right_lines), widths, strict=True):
        cell.width = Cm(width)
        cell.paragraphs[0].text = ""
        first = True
        for text, bold in lines:
            para = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            run = para.add_run(text)
            run.bold = bold
            run.font.size = Pt(12 if bold else 13)
            para.alignment = CENTER
            para.paragraph_format.space_after = Pt(0)
    return table


def national_header(document, body_lines, number="", *, day=None, dotted_date=False):
    """Issuing body and number on the left; motto, and the date line (italic) on the right."""
    left = [(line, i > 0) for i, line in enumerate(body_lines)]
    if number:
        left.append((number, False))
    right = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True)]
    two_columns(document, left, right)
    date_text = (
        f"{place_name()}, ngày      tháng      năm {timezone.localdate().year}" if dotted_date else date_line(day)
    )
    para = paragraph(document, date_text, italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=12)
    return para


def signature(document, left_lines, right_lines):
    """Two signature blocks side by side (preparer | head), each a list of (text, bold)."""
    document.add_paragraph()
    return two_columns(document, left_lines, right_lines, widths=(8, 8))


def as_bytes(document):
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
