"""PDF export of a school year's disclosure (``/cong-khai/<năm học>/pdf/``), written with fpdf2.

Why fpdf2 (https://py-pdf.github.io/fpdf2/): pure Python, embeds a Unicode TrueType font subset with a
ToUnicode map, so Vietnamese is drawn and stays searchable/copyable in the file; the font comes from
:mod:`portal.core.fonts` (DejaVu when installed, else the packaged Roboto). The PDF holds what the
printable view shows: each item with its state, dates, text, figures and the names of its documents.
"""

import html
import re

from django.db import connection
from django.utils import timezone
from fpdf import FPDF

from disclosure.catalogue import REGULATIONS
from portal.core.fonts import serif

MARGIN = 42
_TAG = re.compile(r"<[^>]+>")
_BREAKS = re.compile(r"</(p|li|h\d|tr)>|<br\s*/?>", re.IGNORECASE)


def plain(rich_text):
    text = _BREAKS.sub("\n", str(rich_text or ""))
    lines = (html.unescape(_TAG.sub(" ", line)).strip() for line in text.splitlines())
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())


def fmt(day):
    return f"{day:%d/%m/%Y}" if day else "—"


def table_lines(block):
    """Rows of a structured table as plain lines (label: value), in the order of the block's fields."""
    lines = []

    def walk(value, child_blocks, indent=""):
        for name, child in child_blocks.items():
            item = value.get(name)
            if item in (None, "", []):
                continue
            if hasattr(child, "child_block"):  # ListBlock
                lines.append(f"{indent}{child.label}:")
                for row in item:
                    parts = [f"{c.label}: {row.get(n)}" for n, c in child.child_block.child_blocks.items()
                             if row.get(n) not in (None, "")]  # fmt: skip
                    lines.append(f"{indent}  – " + "; ".join(parts))
            else:
                lines.append(f"{indent}{child.label}: {item}")

    walk(block.value, block.block.child_blocks)
    return lines


def year_pdf(year_page):
    portal = getattr(connection, "tenant", None)
    pdf = FPDF(format="A4", unit="pt")
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.set_auto_page_break(True, MARGIN)
    pdf.set_creation_date(timezone.now())
    pdf.set_title(year_page.title)
    pdf.set_creator("Cổng thông tin điện tử")
    pdf.add_font("body", fname=str(serif()))
    pdf.add_page()

    def para(text, size=10, align="L", space=2):
        pdf.set_font("body", size=size)
        pdf.multi_cell(0, size * 1.35, text, align=align, new_x="LMARGIN", new_y="NEXT", print_sh=True)
        pdf.ln(space)

    para(getattr(portal, "name", ""), size=12, align="C", space=0)
    para(year_page.title.upper(), size=14, align="C", space=0)
    para(f"Theo {REGULATIONS.get(year_page.regulation, '')}", size=10, align="C", space=8)
    pages = {page.item_code: page for page in year_page.item_pages()}
    for number, status in enumerate(year_page.statuses(), start=1):
        page = pages.get(status.item.code)
        para(f"{number}. {status.item.title}", size=12, space=0)
        para(f"Căn cứ: {status.item.basis}. Hạn: {fmt(status.due)}. Trạng thái: {status.state_label}.", size=9, space=0)
        dates = f"Công bố ngày {fmt(status.published)}"
        if status.updated:
            dates += f" / Cập nhật ngày {fmt(status.updated)}"
        para(dates if status.published else "Chưa công bố.", size=9)
        if page is None:
            continue
        if page.body:
            para(plain(page.body))
        for block in page.tables:
            para(str(block.block.label), size=10, space=0)
            para("\n".join(table_lines(block)), size=9)
        for entry in page.entries.all():
            para(f"{entry.title_text()}: {entry.content}", size=9, space=0)
        names = [attachment.display_title() for attachment in page.attachments.all()]
        if names:
            para("Tệp đính kèm: " + "; ".join(names), size=9)
    pdf.set_font("body", size=8)
    pdf.cell(0, 12, f"Xuất ngày {timezone.localdate():%d/%m/%Y}", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
