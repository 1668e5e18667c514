"""The home page of a portal (district or school).

Feature apps add their boxes (latest news, pinned notices...) through
``register_home_context`` so the core never imports them (ARCHITECTURE.md,
dependency direction). The district's "news from the schools" comes from the
public-schema projection (``tenants.projections``), never a loop over schemas.
"""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from portal.core.models.base import BasePage

SCHOOL_NEWS_LIMIT = 10

_HOME_CONTEXT_PROVIDERS = []


def register_home_context(provider):
    """Register ``provider(page, request) -> dict`` whose result is merged into the home context.

    A provider may return ``home_boxes`` (template names rendered in order below
    the welcome box) and ``home_stylesheets`` (static paths); lists are concatenated.
    """
    if provider not in _HOME_CONTEXT_PROVIDERS:
        _HOME_CONTEXT_PROVIDERS.append(provider)
    return provider


def school_news(request, limit=SCHOOL_NEWS_LIMIT):
    """Latest news of every active school, from the projection (one query), labelled with the school."""
    from tenants.projections import latest

    items = latest("news", limit, schools_only=True)
    for item in items:
        item.link = item.portal.localize_url(item.url, request)
        item.image_link = item.portal.localize_url(item.image_url, request)
    return items


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
            context["school_news"] = school_news(request)
        # Only title and URL are shown: plain Page rows, no per-type ``specific()`` queries.
        context["sections"] = self.get_children().live().public().in_menu()
        context["home_boxes"], context["home_stylesheets"] = [], []
        for provider in _HOME_CONTEXT_PROVIDERS:
            extra = dict(provider(self, request) or {})
            context["home_boxes"] += extra.pop("home_boxes", [])
            context["home_stylesheets"] += extra.pop("home_stylesheets", [])
            context.update(extra)
        return context
