"""The "Tuyển sinh" section (letter III.3.8): plans, admission notices and candidate lists."""

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from portal.core.models import BasePage, MandatedSectionMixin
from portal.enrollment.models.notice import AdmissionNoticePage
from portal.enrollment.models.plan import EnrollmentPlanPage


class EnrollmentIndexPage(MandatedSectionMixin, BasePage):
    intro = RichTextField(
        "giới thiệu chuyên mục",
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text="Đoạn ngắn ở đầu chuyên mục, ví dụ đường dây nóng tuyển sinh.",
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["core.HomePage"]
    subpage_types = ["enrollment.EnrollmentPlanPage", "enrollment.AdmissionNoticePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "chuyên mục tuyển sinh"
        verbose_name_plural = "chuyên mục tuyển sinh"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        order = ("-school_year", "-first_published_at")
        context["plans"] = EnrollmentPlanPage.objects.child_of(self).live().public().order_by(*order)
        context["notices"] = AdmissionNoticePage.objects.child_of(self).live().public().order_by(*order)
        return context
