"""Niên giám thống kê (letter III.3.7): the latest five school years as a table, a chart and downloads.

On a school's portal the figures are inline rows of the page; on the district's
portal the same page type aggregates every school's published snapshot.
https://docs.wagtail.org/en/stable/reference/contrib/routablepage.html
"""

from django.core.exceptions import ValidationError
from django.db import connection
from django.http import HttpResponse
from wagtail.admin.panels import FieldPanel, HelpPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField

from portal.core.models import BasePage, MandatedSectionMixin
from portal.yearbook.aggregation import aggregate, district_rows
from portal.yearbook.chart import bar_chart
from portal.yearbook.forms import DISTRICT_ROWS_MESSAGE, YearbookPageForm, duplicate_years
from portal.yearbook.levels import current_is_district, current_level, learners
from portal.yearbook.tables import school_table, values_of
from portal.yearbook.tabular import school_rows, to_csv, to_xlsx

ROWS_HELP = (
    "<p>Mỗi dòng là một năm học (dạng YYYY-YYYY). Trang hiển thị 5 năm học gần nhất dưới dạng bảng và biểu đồ, "
    "cho tải về Excel và CSV. Số học sinh theo khối (độ tuổi) chỉ hiện các khối của cấp học của trường. "
    "Có thể nhập nhanh từ tệp qua menu “…” › “Nhập số liệu niên giám”. Trên cổng của Phòng GD&ĐT, trang tự "
    "tổng hợp số liệu của các trường: không cần nhập.</p>"
)


class YearbookPage(RoutablePageMixin, MandatedSectionMixin, BasePage):
    intro = RichTextField(
        "giới thiệu",
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text="Một đoạn ngắn ở đầu trang.",
    )
    note = RichTextField(
        "ghi chú, nguồn số liệu",
        blank=True,
        features=["bold", "italic", "link"],
        help_text="Ví dụ: số liệu thống kê đầu năm học (tháng 9), theo hệ thống cơ sở dữ liệu ngành.",
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        HelpPanel(ROWS_HELP, heading="Hướng dẫn"),
        InlinePanel("rows", heading="Số liệu theo năm học", label="năm học"),
        FieldPanel("note"),
    ]
    base_form_class = YearbookPageForm

    parent_page_types = ["core.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = "niên giám thống kê"
        verbose_name_plural = "niên giám thống kê"

    def clean(self):
        super().clean()
        rows = list(self.rows.all())
        if rows and current_is_district():
            raise ValidationError(DISTRICT_ROWS_MESSAGE)
        duplicates = duplicate_years(row.school_year for row in rows)
        if duplicates:
            raise ValidationError(f"Năm học bị nhập trùng: {', '.join(duplicates)}.")

    # --- data --------------------------------------------------------------------------------------

    def records(self, level=None):
        level = current_level() if level is None else level
        return [row.as_dict(level) for row in self.rows.all()]

    def export_lines(self):
        if current_is_district():
            result = aggregate()
            return district_rows(result) if result else [["Chưa có số liệu của các trường."]]
        return school_rows(current_level(), self.records())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        level = current_level()
        if current_is_district():
            result = aggregate()
            context["district"] = result
            points = [(r["school_year"], r.get("students")) for r in result["records"]] if result else []
            unit = learners("")
        else:
            table = school_table(level, self.records(level), caption="Số liệu 5 năm học gần nhất")
            context["table"] = table
            points = list(zip(table.years, values_of(table, "students"), strict=True))
            unit = learners(level)
        context["chart"] = bar_chart(points, title=f"Số {unit} qua các năm học", unit=unit)
        return context

    # --- downloads ---------------------------------------------------------------------------------

    def _download(self, content, extension, content_type):
        response = HttpResponse(content, content_type=content_type)
        name = f"nien-giam-thong-ke-{connection.schema_name}.{extension}"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response

    @path("xlsx/", name="xlsx")
    def download_xlsx(self, request):
        return self._download(
            to_xlsx(self.export_lines(), self.title),
            "xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )

    @path("csv/", name="csv")
    def download_csv(self, request):
        return self._download(to_csv(self.export_lines()), "csv", "text/csv; charset=utf-8")
