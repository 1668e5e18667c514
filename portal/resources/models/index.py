"""The "Tài nguyên số" section: the portal's own resources, the district's shared library, and links.

Why the shared library comes from the public schema: a school must see what the district published
without entering the district's schema (docs/architecture.md); the district's resources are projected into
``tenants.PublishedItem`` (kind "resource") on publish and withdrawn on unpublish/delete.
"""

from django.core.paginator import Paginator
from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField

from portal.core.models import BasePage, MandatedSectionMixin
from portal.core.models.system_links import HttpURLField, supervising_portal
from portal.core.sections import mandated_sections
from portal.resources.filters import ResourceFilterForm, filter_resources, filter_shared_items
from portal.resources.models.resource import ResourcePage
from tenants.projections import latest

PROJECTION_KIND = "resource"
SHARED_FETCH_LIMIT = 300
SHARED_SHOWN = 12


def _label_field(verbose_name, default):
    return models.CharField(verbose_name, max_length=150, blank=True, default=default)


def _url_field(verbose_name, default, help_text):
    return HttpURLField(verbose_name, max_length=500, blank=True, default=default, help_text=help_text)


class ResourceIndexPage(MandatedSectionMixin, BasePage):
    """Root of the section: filterable list of resources plus links to other libraries."""

    intro = RichTextField(
        "giới thiệu chuyên mục",
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text="Một đoạn ngắn giới thiệu kho tài nguyên của đơn vị.",
    )
    district_library_label = _label_field("tên kho tài nguyên của Phòng", "Kho tài nguyên số của Phòng GD&ĐT")
    district_library_url = _url_field(
        "địa chỉ kho tài nguyên của Phòng",
        "",
        "Bỏ trống để tự động dẫn đến chuyên mục Tài nguyên số trên cổng của cơ quan quản lý (Phòng GD&ĐT).",
    )
    ministry_library_label = _label_field("tên kho học liệu của Bộ", "Kho học liệu số ngành Giáo dục (Bộ GD&ĐT)")
    ministry_library_url = _url_field(
        "địa chỉ kho học liệu của Bộ", "https://igiaoduc.vn/", "Bỏ trống để không hiển thị liên kết này."
    )
    textbook_library_label = _label_field(
        "tên thư viện sách giáo khoa điện tử", "Sách giáo khoa điện tử – Hành trang số (NXB Giáo dục Việt Nam)"
    )
    textbook_library_url = _url_field(
        "địa chỉ thư viện sách giáo khoa điện tử",
        "https://hanhtrangso.nxbgd.vn/",
        "Bỏ trống để không hiển thị liên kết này.",
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("district_library_label"), FieldPanel("district_library_url")]),
                FieldRowPanel([FieldPanel("ministry_library_label"), FieldPanel("ministry_library_url")]),
                FieldRowPanel([FieldPanel("textbook_library_label"), FieldPanel("textbook_library_url")]),
            ],
            heading="Liên kết thư viện tài nguyên của Phòng và của Bộ",
        ),
    ]

    parent_page_types = ["core.HomePage"]
    subpage_types = ["resources.ResourcePage"]
    max_count_per_parent = 1
    per_page = 12

    class Meta:
        verbose_name = "chuyên mục tài nguyên số"
        verbose_name_plural = "chuyên mục tài nguyên số"

    def get_resources(self):
        return ResourcePage.objects.child_of(self).live().public().order_by("-first_published_at", "-pk")

    def district_library_default_url(self, district, request=None):
        slug = next((spec.slug for spec in mandated_sections() if spec.key == "tai-nguyen"), "tai-nguyen-so")
        return f"{district.public_url(request)}{slug}/"

    def library_links(self, portal, district, request=None):
        """(label, url) of the outside libraries to show; the district's own portal skips itself."""
        links = []
        if district is not None:
            url = self.district_library_url or self.district_library_default_url(district, request)
            links.append((self.district_library_label or "Kho tài nguyên số của Phòng GD&ĐT", url))
        elif self.district_library_url and not (portal is not None and portal.is_district):
            links.append((self.district_library_label, self.district_library_url))
        for label, url in (
            (self.ministry_library_label, self.ministry_library_url),
            (self.textbook_library_label, self.textbook_library_url),
        ):
            if url:
                links.append((label or url, url))
        return links

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = ResourceFilterForm(request.GET or None)
        values = form.values() if request.GET else dict.fromkeys(("q", "type", "subject", "grade"), "")
        resources = filter_resources(self.get_resources().select_related("document"), values)
        query = request.GET.copy()
        query.pop("page", None)
        portal = getattr(request, "tenant", None)
        district = supervising_portal(portal)
        shared = []
        if district is not None:
            shared = filter_shared_items(latest(PROJECTION_KIND, SHARED_FETCH_LIMIT, portal=district), values)
            for item in shared:
                item.link = item.url_for(request)
        context.update(
            filter_form=form,
            filtered=any(values.values()),
            resources=Paginator(resources, self.per_page).get_page(request.GET.get("page")),
            query_string=query.urlencode(),
            district=district,
            shared_resources=shared[:SHARED_SHOWN],
            shared_total=len(shared),
            library_links=self.library_links(portal, district, request),
        )
        if district is not None:
            context["district_library_url"] = context["library_links"][0][1]
        return context
