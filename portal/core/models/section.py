"""Generic root page of a mandated section, until a feature app claims the section."""

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from portal.core.models.base import BasePage, MandatedSectionMixin


class SectionPage(MandatedSectionMixin, BasePage):
    """A section with an introduction and child pages (articles, sub-sections)."""

    intro = RichTextField("giới thiệu chuyên mục", blank=True)
    body = RichTextField("nội dung", blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["core.HomePage", "core.SectionPage"]

    class Meta:
        verbose_name = "chuyên mục"
        verbose_name_plural = "chuyên mục"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["children"] = self.get_children().live().public().specific()
        return context
