"""Generated attachments for the demo register: real PDF (``demo.pdf``, fpdf2) and DOCX (python-docx) files.

Each file looks like a Vietnamese administrative document (NĐ 30/2020/NĐ-CP layout, simplified): issuing
body and number on the left, the national motto, place and date, the type in capitals, the trích yếu,
the body, the signer. Every file says it is a demo copy. Variants exercise the registry's extraction:
``docx-tcvn3`` is typed in the legacy ``.VnTime`` font (TCVN3 bytes), ``pdf-scan`` has no text layer.
"""

import datetime
import io

import docx

from demo.pdf import Line, make_pdf
from portal.text.legacy import encode_legacy

DEMO_NOTE = "Bản điện tử minh họa (dữ liệu mẫu của cổng thông tin), không thay thế văn bản gốc."
LEGACY_FONT = ".VnTime"


def _date_line(place, date):
    return f"{place}, ngày {date.day:02d} tháng {date.month:02d} năm {date.year}"


def document_lines(doc, type_label, issue_date, place="Thủ Dầu Một"):
    """The text of a document, line by line (shared by the PDF and the DOCX)."""
    return [
        Line(doc.issuer.upper(), 11, "center"),
        Line(f"Số: {doc.number}", 11, "center"),
        Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 11, "center"),
        Line("Độc lập - Tự do - Hạnh phúc", 11, "center"),
        Line(_date_line(place, issue_date), 11, "center"),
        Line(""),
        Line(type_label.upper(), 13, "center"),
        Line(doc.title, 12, "center"),
        Line(""),
        *[Line(paragraph) for paragraph in (doc.body or (doc.abstract or doc.title,))],
        Line(""),
        Line(doc.signer or "Thủ trưởng cơ quan", 12, "center"),
        Line(""),
        Line(DEMO_NOTE, 9),
    ]


def pdf_file(doc, type_label, issue_date):
    lines = document_lines(doc, type_label, issue_date)
    if doc.file_kind == "pdf-scan":
        return make_pdf([[Line("")]], title=doc.title)  # a scan: an image-only page, no text layer
    return make_pdf([lines], title=f"{type_label} {doc.number}")


def docx_file(lines, *, legacy=False):
    """A DOCX of ``lines`` (``Line`` or str); ``legacy`` writes TCVN3 bytes in the ``.VnTime`` font."""
    document = docx.Document()
    document.core_properties.title = lines[0].text if lines and isinstance(lines[0], Line) else ""
    for line in lines:
        text = line.text if isinstance(line, Line) else str(line)
        paragraph = document.add_paragraph()
        if isinstance(line, Line) and line.align == "center":
            paragraph.alignment = 1
        run = paragraph.add_run(encode_legacy(text, "tcvn3") if legacy and text != DEMO_NOTE else text)
        run.font.name = LEGACY_FONT if legacy and text != DEMO_NOTE else "Times New Roman"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def attachments_for(doc, type_label, issue_date):
    """``[(file name, bytes)]`` for a demo document."""
    stem = doc.number.replace("/", "-")
    lines = document_lines(doc, type_label, issue_date)
    if doc.file_kind in ("docx", "docx-tcvn3"):
        files = [(f"{stem}.docx", docx_file(lines, legacy=doc.file_kind == "docx-tcvn3"))]
    else:
        files = [(f"{stem}.pdf", pdf_file(doc, type_label, issue_date))]
    if doc.annex_docx:
        files.append((f"{stem}-phu-luc.docx", docx_file(list(doc.annex_docx))))
    return files


def parse_day(text):
    return datetime.datetime.strptime(text, "%d/%m/%Y").date() if text else None
