"""The "Công khai" section (``/cong-khai/``): one child page per school year, newest first."""

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from disclosure.catalogue import REGULATIONS
from disclosure.models.year import DisclosureYearPage
from disclosure.status import year_summary
from portal.core.models import BasePage, MandatedSectionMixin


class DisclosureIndexPage(MandatedSectionMixin, BasePage):
    intro = RichTextField("giới thiệu", blank=True, features=["bold", "italic", "link", "ol", "ul"])

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["disclosure.DisclosureYearPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "chuyên mục công khai"
        verbose_name_plural = "chuyên mục công khai"

    def years(self):
        return DisclosureYearPage.objects.child_of(self).live().public().order_by("-school_year")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["years"] = [(year, year_summary(year)) for year in self.years()]
        context["regulations"] = REGULATIONS
        return context
