"""The home page of a portal (district or school).

Every box below the welcome box, the core's own included (``portal.core.home``), comes from
the ``portal_home_box`` hook (:mod:`portal.core.hooks`), so the core never imports the
feature apps that add theirs (latest news, followed feeds...).
"""

from django.db import models
from django.utils.functional import SimpleLazyObject
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from portal.core.hooks import home_boxes
from portal.core.models.base import BasePage


class HomePage(BasePage):
    """Ties the mandated sections together; one per portal, at the root of its Site."""

    welcome = models.CharField(
        "lời chào", max_length=255, blank=True, help_text="Một câu ngắn hiển thị dưới tên đơn vị."
    )
    intro = RichTextField(
        "giới thiệu ngắn",
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text="Đoạn giới thiệu ngắn về đơn vị hiển thị trên trang chủ.",
    )

    content_panels = BasePage.content_panels + [FieldPanel("welcome"), FieldPanel("intro")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "trang chủ"
        verbose_name_plural = "trang chủ"

    def get_structured_data(self, publisher):
        """The home page describes the portal's unit itself (schema.org Organization)."""
        data = dict(publisher)
        if self.welcome:
            data["description"] = self.welcome
        return data

    def get_context(self, request, *args, **kwargs):
        """The boxes are computed lazily: the template caches their markup per portal stamp
        (``{% portalcache %}``), and a cached render must not run the boxes' queries."""
        context = super().get_context(request, *args, **kwargs)
        boxes = SimpleLazyObject(lambda: home_boxes(self, request))
        context["home_boxes"] = boxes
        context["home_stylesheets"] = SimpleLazyObject(
            lambda: list(dict.fromkeys(sheet for box in boxes for sheet in box.stylesheets))
        )
        return context
