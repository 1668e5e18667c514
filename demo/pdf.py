"""Small PDFs with a real, extractable Vietnamese text layer: the demo's attachments and the tests' files.

Written with fpdf2 (https://py-pdf.github.io/fpdf2/Unicode.html): the standard PDF fonts have no
Vietnamese letters, so a Unicode TrueType font (:mod:`demo.fonts`) is embedded, subset to the glyphs
used, with a ToUnicode map, which is what makes the text both visible and extractable. The creation
date is fixed so the same input gives the same bytes.
"""

import datetime
from dataclasses import dataclass

from fpdf import FPDF

from demo import fonts

MARGIN = 56  # points (2 cm), A4 pages
CREATED = datetime.datetime(2021, 1, 6, tzinfo=datetime.UTC)  # the date of the letter


@dataclass(frozen=True)
class Line:
    text: str
    size: float = 12
    align: str = "left"  # "left" or "center"


def make_pdf(pages, *, title=""):
    """PDF bytes: ``pages`` is a list of pages, each a list of :class:`Line` or str (one paragraph each).

    An empty line is vertical space; a page whose lines are all empty has no text layer (a "scan").
    """
    pdf = FPDF(format="A4", unit="pt")
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.set_auto_page_break(True, MARGIN)
    pdf.set_creation_date(CREATED)
    pdf.set_creator("Cổng thông tin điện tử - dữ liệu mẫu")
    if title:
        pdf.set_title(title)
    pdf.add_font("body", fname=str(fonts.serif()))
    for lines in pages:
        pdf.add_page()
        for line in lines:
            line = line if isinstance(line, Line) else Line(str(line))
            height = line.size * 1.4
            if not line.text:
                pdf.ln(height)
                continue
            pdf.set_font("body", size=line.size)
            align = "C" if line.align == "center" else "L"
            # print_sh: U+00AD is a letter in legacy TCVN3 text ("ư"), not a hyphenation hint to drop.
            pdf.multi_cell(0, height, line.text, align=align, new_x="LMARGIN", new_y="NEXT", print_sh=True)
    return bytes(pdf.output())
