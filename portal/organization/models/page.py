"""The "Giới thiệu" section of a portal (letter III.3.1, Thông tư 37/2020 Art. 9).

Functions, duties and powers; a summary of the school's history; the
organization chart from structured rows; the leaders' contact details.
https://docs.wagtail.org/en/stable/topics/pages.html
"""

from django.core.exceptions import ValidationError
from django.utils.html import strip_tags
from wagtail.admin.panels import FieldPanel, HelpPanel, InlinePanel, ObjectList, TabbedInterface
from wagtail.fields import RichTextField, StreamField

from portal.core.blocks import RICH_TEXT_FEATURES, BodyBlock
from portal.core.hooks import organization_boxes
from portal.core.models import BasePage, MandatedSectionMixin
from portal.organization.forms import OrganizationPageForm
from portal.organization.mailboxes import with_official_emails
from portal.organization.tree import build_tree, tree_errors

CHART_HELP = (
    "<p>Khai báo từng đơn vị, bộ phận và đơn vị cấp trên của nó (ô “Trực thuộc”). Sơ đồ phải có "
    "<strong>đúng một</strong> đơn vị cao nhất và không có vòng lặp. Sơ đồ được vẽ tự động, đọc tốt trên "
    "điện thoại; không cần tải ảnh sơ đồ lên.</p>"
)


class OrganizationPage(MandatedSectionMixin, BasePage):
    intro = RichTextField(
        "giới thiệu chung",
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text="Một đoạn ngắn giới thiệu đơn vị, hiển thị ở đầu trang.",
    )
    functions = RichTextField(
        "chức năng, nhiệm vụ, quyền hạn",
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text="Theo quyết định thành lập, Điều lệ trường và quy chế tổ chức, hoạt động của đơn vị.",
    )
    history = RichTextField(
        "tóm lược quá trình hình thành và phát triển",
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text="Năm thành lập, các mốc phát triển, thành tích tiêu biểu.",
    )
    body = StreamField(
        BodyBlock(),
        verbose_name="nội dung bổ sung",
        blank=True,
        help_text="Không bắt buộc: ảnh, tệp đính kèm (quyết định thành lập, quy chế), bảng...",
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("functions"),
        FieldPanel("history"),
        FieldPanel("body"),
    ]
    chart_panels = [
        HelpPanel(CHART_HELP, heading="Hướng dẫn"),
        InlinePanel("org_units", heading="Đơn vị, bộ phận", label="đơn vị"),
        InlinePanel("org_members", heading="Nhân sự phụ trách từng đơn vị", label="nhân sự"),
    ]
    leader_panels = [InlinePanel("leaders", heading="Lãnh đạo đơn vị", label="lãnh đạo")]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="Nội dung"),
            ObjectList(chart_panels, heading="Sơ đồ tổ chức"),
            ObjectList(leader_panels, heading="Liên hệ lãnh đạo"),
            ObjectList(BasePage.promote_panels, heading="Quảng bá"),
            ObjectList(BasePage.settings_panels, heading="Cài đặt"),
        ]
    )
    base_form_class = OrganizationPageForm

    parent_page_types = ["core.HomePage"]
    subpage_types = ["organization.WorkSchedulePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "trang giới thiệu"
        verbose_name_plural = "trang giới thiệu"

    def clean(self):
        super().clean()
        errors = tree_errors([(unit.name, unit.parent_name) for unit in self.org_units.all()])
        if errors:
            raise ValidationError(errors)

    def get_search_text(self):
        """Texts plus the chart and the leaders, so a visitor finds the page by a teacher's name or a unit.

        Read by ``portal.search.documents.page_body``, which otherwise indexes the page's own fields only.
        """
        parts = [self.title, self.search_description, self.intro, self.functions, self.history]
        parts += self._meta.get_field("body").get_searchable_content(self.body)
        parts += [f"{unit.name}. {unit.description}" for unit in self.org_units.all()]
        parts += [f"{m.unit_name}: {m.position} {m.full_name}" for m in self.org_members.all()]
        parts += [f"{leader.position} {leader.full_name}. {leader.duties}" for leader in self.leaders.all()]
        return "\n".join(strip_tags(str(part)) for part in parts if part)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["chart"] = build_tree(self.org_units.all(), self.org_members.all())
        context["leaders"] = list(self.leaders.select_related("photo"))
        with_official_emails(context["leaders"], getattr(request, "tenant", None))
        context["organization_boxes"] = organization_boxes(self, request)
        return context
