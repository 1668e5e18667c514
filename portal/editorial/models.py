"""The editorial board of a portal (letter III.5): the founding decision and the members, recorded once.

Why a setting: a portal has exactly one board; Wagtail's settings give one row per portal (each portal
is its own schema), an admin menu entry and the permission ``editorial.change_editorialboard`` that the
administrators and the board head hold. The organization page shows it through the
``portal_organization_box`` hook, and the district reads it from the ``editorial`` snapshot.
"""

from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Orderable

from portal.editorial.forms import EditorialBoardForm, validate_decision_number


@register_setting(icon="group", name="ban-bien-tap")
class EditorialBoard(ClusterableModel, BaseGenericSetting):
    decision_number = models.CharField(
        "số quyết định thành lập",
        max_length=60,
        blank=True,
        validators=[validate_decision_number],
        help_text="Số ký hiệu của quyết định thành lập Ban Biên tập, ví dụ 15/QĐ-THCSCVA.",
    )
    decision_date = models.DateField("ngày ký quyết định", null=True, blank=True)
    signed_by = models.CharField(
        "người ký", max_length=120, blank=True, help_text="Ví dụ: Hiệu trưởng Trần Thị Thu Hà."
    )
    updated_at = models.DateTimeField("cập nhật lúc", default=timezone.now, editable=False)

    panels = [
        FieldPanel("decision_number"),
        FieldPanel("decision_date"),
        FieldPanel("signed_by"),
        InlinePanel("members", heading="Thành viên Ban Biên tập", label="thành viên"),
    ]
    base_form_class = EditorialBoardForm

    class Meta:
        verbose_name = "Ban Biên tập"
        verbose_name_plural = "Ban Biên tập"
        permissions = [("reset_two_factor", "Đặt lại xác thực hai lớp của người dùng")]

    def __str__(self):
        return f"Ban Biên tập ({self.decision_number or 'chưa có quyết định'})"

    def save(self, *args, **kwargs):
        self.updated_at = timezone.now()
        super().save(*args, **kwargs)

    @property
    def is_recorded(self):
        return bool(self.decision_number and self.decision_date and self.members.exists())


class BoardMember(Orderable):
    class Role(models.TextChoices):
        HEAD = "head", "Trưởng ban"
        DEPUTY = "deputy", "Phó Trưởng ban"
        EDITOR = "editor", "Biên tập viên"
        ADMINISTRATOR = "administrator", "Quản trị viên"
        MEMBER = "member", "Thành viên"

    board = ParentalKey(EditorialBoard, related_name="members", on_delete=models.CASCADE)
    full_name = models.CharField("họ và tên", max_length=120)
    position = models.CharField("chức vụ", max_length=120, blank=True, help_text="Ví dụ: Phó Hiệu trưởng.")
    role = models.CharField("vai trò trong Ban", max_length=20, choices=Role.choices, default=Role.EDITOR)

    panels = [FieldPanel("full_name"), FieldPanel("position"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = "thành viên Ban Biên tập"
        verbose_name_plural = "thành viên Ban Biên tập"

    def __str__(self):
        return f"{self.full_name} ({self.get_role_display()})"
