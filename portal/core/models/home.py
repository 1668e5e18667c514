"""The home page of a portal (district or school)."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

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

    def get_context(self, request, *args, **kwargs):
        from tenants.models import Portal

        context = super().get_context(request, *args, **kwargs)
        tenant = getattr(request, "tenant", None)
        if tenant is not None and tenant.is_district:
            schools = list(
                Portal.objects.filter(kind=Portal.Kind.SCHOOL, is_active=True)
                .prefetch_related("domains")
                .order_by("level", "name")
            )
            for school in schools:
                school.link = school.public_url(request)
            context["schools"] = schools
        context["sections"] = self.get_children().live().public().in_menu().specific()
        return context
