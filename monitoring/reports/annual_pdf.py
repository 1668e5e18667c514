"""The annual evaluation as a PDF an official can file: the administrative header, the district's summary,
two bar charts (scores; mailboxes by state), the table of schools and each school's rules; fpdf2 with the
Vietnamese font of :mod:`portal.core.fonts` (text stays searchable)."""

from django.conf import settings
from django.utils import timezone
from fpdf import FPDF
from fpdf.fonts import FontFace

from monitoring.reports.annual import NO_DATA
from monitoring.reports.annual_xlsx import SUMMARY
from portal.core.fonts import serif

MARGIN = 36
BAR_COLOURS = {"approved": (0, 103, 106), "pending": (230, 159, 0), "suspended": (176, 0, 32)}


class Report(FPDF):
    def footer(self):
        self.set_y(-24)
        self.set_font("body", size=8)
        self.cell(0, 10, f"Trang {self.page_no()}/{{nb}}", align="C")


def _text(pdf, text, size=11, align="L", bold_gap=2):
    pdf.set_font("body", size=size)
    pdf.multi_cell(0, size * 1.35, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(bold_gap)


def header(pdf, issuer, place):
    half = (pdf.w - 2 * MARGIN) / 2
    top = pdf.get_y()
    pdf.set_font("body", size=10)
    pdf.multi_cell(half, 13, f"UBND {settings.PORTAL_CITY_NAME.upper()}\n{issuer.upper()}", align="C")
    pdf.set_xy(MARGIN + half, top)
    pdf.multi_cell(half, 13, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", align="C")
    today = timezone.localdate()
    pdf.set_x(MARGIN + half)
    pdf.multi_cell(half, 16, f"{place}, ngày {today:%d} tháng {today:%m} năm {today:%Y}", align="C")
    pdf.ln(6)


def bar_chart(pdf, title, bars, *, maximum=None, legend=None):
    """Horizontal bars: ``bars`` is ``[(label, [(value, colour), ...])]`` (stacked segments)."""
    _text(pdf, title, size=11)
    maximum = maximum or max((sum(v for v, _ in parts) for _, parts in bars), default=1) or 1
    label_w, bar_w, row_h = 190, pdf.w - 2 * MARGIN - 230, 14
    pdf.set_font("body", size=8)
    for label, parts in bars:
        if pdf.get_y() + row_h > pdf.h - 2 * MARGIN:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_xy(MARGIN, y)
        pdf.cell(label_w, row_h - 2, label[:45])
        x = MARGIN + label_w
        for value, colour in parts:
            width = bar_w * (value or 0) / maximum
            if width:
                pdf.set_fill_color(*colour)
                pdf.rect(x, y + 2, width, row_h - 5, style="F")
                x += width
        pdf.set_xy(x + 4, y)
        pdf.cell(36, row_h - 2, " / ".join(str(v or 0) for v, _ in parts))
        pdf.set_y(y + row_h)
    if legend:
        pdf.set_font("body", size=8)
        pdf.cell(0, 12, legend, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)


def school_table(pdf, schools):
    columns = ["STT", "Trường", "Điểm", "Bài viết", "Công khai", "Quá hạn", "Hộp thư duyệt/chờ/khóa", "Quy chế"]
    pdf.set_font("body", size=8)
    with pdf.table(
        col_widths=(4, 26, 6, 7, 8, 7, 12, 30), headings_style=FontFace(emphasis="BOLD"), line_height=11
    ) as table:
        table.row(columns)
        for number, school in enumerate(schools, start=1):
            mail = school.mail
            table.row([
                str(number), school.portal.name, str(school.status.score), str(school.articles),
                "Có" if school.disclosure["present"] else "Không",
                NO_DATA if school.disclosure["overdue"] is None else str(school.disclosure["overdue"]),
                f"{mail.get('approved', 0)}/{mail.get('pending', 0)}/{mail.get('suspended', 0)}",
                school.regulations,
            ])  # fmt: skip


def school_details(pdf, school):
    _text(pdf, school.portal.name, size=11, bold_gap=0)
    lines = [
        f"Điểm: {school.status.score}/100. Bài viết trong năm học: {school.articles}.",
        f"Ban biên tập: {school.board}. Quy chế: {school.regulations}. Đầu mối: {school.focal_persons}.",
        "Thư điện tử: cá nhân {staff}, chức danh {position}, đơn vị {unit}; đã duyệt {approved}, chờ duyệt "
        "{pending}, tạm khóa {suspended}; địa chỉ công bố {published}.".format(
            **{
                k: school.mail.get(k, 0)
                for k in ("staff", "position", "unit", "approved", "pending", "suspended", "published")
            }  # fmt: skip
        ),
    ]
    lines += [f"– {r.label}: {r.state}" for r in school.rules]
    _text(pdf, "\n".join(lines), size=9, bold_gap=6)


def document(school_year, schools, district, *, issuer, title, place):
    pdf = Report(format="A4", unit="pt")
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.set_auto_page_break(True, MARGIN + 10)
    pdf.set_title(f"{title} năm học {school_year}")
    pdf.set_creator("Cổng thông tin điện tử")
    pdf.set_creation_date(timezone.now())
    pdf.add_font("body", fname=str(serif()))
    pdf.add_font("body", style="B", fname=str(serif()))
    pdf.add_page()
    header(pdf, issuer, place)
    _text(pdf, "BÁO CÁO", size=14, align="C", bold_gap=0)
    _text(pdf, f"{title} năm học {school_year}", size=12, align="C", bold_gap=10)
    _text(pdf, "Thực hiện mục V.1 văn bản hướng dẫn triển khai cổng thông tin điện tử và thư điện tử, "
               "Phòng Giáo dục và Đào tạo báo cáo kết quả đánh giá như sau:", size=11)  # fmt: skip
    _text(pdf, "I. TỔNG HỢP", size=11)
    _text(pdf, "\n".join(f"– {label}: {district[key]}" for label, key in SUMMARY), size=10, bold_gap=8)
    _text(pdf, "II. BIỂU ĐỒ", size=11)
    bar_chart(pdf, "Biểu đồ 1. Điểm của các trường (thang 100)",
              [(s.portal.name, [(s.status.score, BAR_COLOURS["approved"])]) for s in schools], maximum=100)  # fmt: skip
    bar_chart(
        pdf,
        "Biểu đồ 2. Hộp thư công vụ theo trạng thái",
        [
            (s.portal.name, [(s.mail.get(k, 0), BAR_COLOURS[k]) for k in ("approved", "pending", "suspended")])
            for s in schools
        ],  # fmt: skip
        legend="Xanh: đã duyệt · Vàng: chờ duyệt · Đỏ: tạm khóa",
    )
    pdf.add_page()
    _text(pdf, "III. KẾT QUẢ TỪNG TRƯỜNG", size=11)
    school_table(pdf, schools)
    pdf.ln(10)
    for school in schools:
        school_details(pdf, school)
    _text(pdf, "Nơi nhận:\n– Như trên;\n– Lưu: VT.", size=9)
    _text(pdf, "TRƯỞNG PHÒNG\n(Ký, ghi rõ họ tên, đóng dấu)", size=11, align="R")
    return bytes(pdf.output())
