"""One school year of disclosure (``/cong-khai/2025-2026/``), filed under the regulation of its time.

The page lists every catalogue item that applies to the school's level, with its deadline, state and
"Công bố ngày … / Cập nhật ngày …"; its children are the items. ``in/`` is a printable view of the whole
year and ``pdf/`` the same as a PDF file.
https://docs.wagtail.org/en/stable/reference/contrib/routablepage.html
"""

from django.core.exceptions import ValidationError
from django.db import connection, models
from django.http import HttpResponse
from django.template.response import TemplateResponse
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField

from disclosure import catalogue
from disclosure.deadlines import school_year_start
from disclosure.models.item import DisclosureItemPage
from disclosure.pdf import year_pdf
from disclosure.status import year_statuses
from portal.core.models import BasePage
from portal.core.validators import validate_school_year

YEAR_HELP = (
    "<p>Mỗi năm học một trang, đường dẫn là năm học (ví dụ 2025-2026). Từ năm học 2024-2025 áp dụng "
    "Thông tư 09/2024/TT-BGDĐT; các năm học 2017-2018 đến 2023-2024 lưu trữ theo Biểu mẫu của Thông tư "
    "36/2017/TT-BGDĐT. Thêm các mục công khai làm trang con.</p>"
)


class DisclosureYearPage(RoutablePageMixin, BasePage):
    school_year = models.CharField(
        "năm học", max_length=9, validators=[validate_school_year], help_text="Dạng YYYY-YYYY, ví dụ 2025-2026."
    )
    regulation = models.CharField(
        "quy định áp dụng",
        max_length=16,
        choices=list(catalogue.REGULATIONS.items()),
        blank=True,
        help_text="Để trống: tự chọn theo năm học.",
    )
    serves_meals = models.BooleanField(
        "có tổ chức ăn bán trú",
        default=True,
        help_text="Tiểu học, THCS: có tổ chức ăn bán trú thì phải công khai thực đơn hằng tuần.",
    )
    intro = RichTextField("giới thiệu", blank=True, features=["bold", "italic", "link", "ol", "ul"])

    slug_source = "school_year"
    content_panels = BasePage.content_panels + [
        HelpPanel(YEAR_HELP, heading="Hướng dẫn"),
        FieldPanel("school_year"),
        FieldPanel("regulation"),
        FieldPanel("serves_meals"),
        FieldPanel("intro"),
    ]
    parent_page_types = ["disclosure.DisclosureIndexPage"]
    subpage_types = ["disclosure.DisclosureItemPage"]

    class Meta:
        verbose_name = "công khai năm học"
        verbose_name_plural = "công khai theo năm học"

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        self.school_year = (self.school_year or "").strip()
        try:
            validate_school_year(self.school_year)
        except ValidationError:
            return  # the field's own validator reports it
        expected = catalogue.regulation_for_year(school_year_start(self.school_year))
        if expected is None:
            raise ValidationError({"school_year": "Chuyên mục công khai lưu từ năm học 2017-2018 (Thông tư 36/2017)."})
        if not self.regulation:
            self.regulation = expected
        elif self.regulation != expected:
            raise ValidationError(
                {"regulation": f"Năm học {self.school_year} công khai theo {catalogue.REGULATION_SHORT[expected]}."}
            )
        self.slug = self.school_year
        parent = self.get_parent() if self.path else getattr(self, "_parent_hint", None)
        if parent is not None:
            siblings = DisclosureYearPage.objects.child_of(parent).filter(school_year=self.school_year)
            if siblings.exclude(pk=self.pk).exists():
                raise ValidationError({"school_year": f"Đã có trang công khai năm học {self.school_year}."})

    # --- data ------------------------------------------------------------------------------------

    @property
    def level(self):
        return getattr(getattr(connection, "tenant", None), "level", "") or ""

    def catalogue_items(self):
        return catalogue.items_for(self.regulation, self.level, serves_meals=self.serves_meals)

    def item_pages(self, live_only=True):
        pages = DisclosureItemPage.objects.child_of(self)
        if live_only:
            pages = pages.live().public()
        return pages.prefetch_related("publications", "periods", "entries", "attachments__document")

    def statuses(self, live_only=True):
        return year_statuses(self, list(self.item_pages(live_only)))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["statuses"] = self.statuses()
        context["regulation_label"] = catalogue.REGULATIONS.get(self.regulation, "")
        return context

    # --- print and PDF ----------------------------------------------------------------------------

    @path("in/", name="print")
    def print_view(self, request):
        context = self.get_context(request)
        context["pages"] = {page.item_code: page for page in self.item_pages()}
        return TemplateResponse(request, "disclosure/disclosure_year_print.html", context)

    @path("pdf/", name="pdf")
    def pdf_view(self, request):
        response = HttpResponse(year_pdf(self), content_type="application/pdf")
        name = f"cong-khai-{self.school_year}-{connection.schema_name}.pdf"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response
