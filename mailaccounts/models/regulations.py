"""What a school has signed under the letter's III.5 and IV.2, for the district's dashboard.

The drafts themselves are generated (``mailaccounts.exports.regulations``); the school records
here the signed decision founding its editorial board (number, date, the scanned PDF kept as a
document of its own portal, served through ``portal.core.privacy``), the unit it assigned as the
portal's operations focal point and its e-mail focal person. Public schema: the district reads
every school's row in one query (issue 14).
"""

from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone

from tenants.models import Portal
from tenants.validators import validate_official_email

validate_phone = RegexValidator(
    r"^\+?[0-9][0-9 .()-]{6,19}$",
    "Số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm hoặc gạch nối, ví dụ 0274 3822 170.",
)


class RegulationsRecord(models.Model):
    """One school's signed regulations record (one row per school)."""

    portal = models.OneToOneField(
        Portal, verbose_name="trường", on_delete=models.CASCADE, related_name="mail_regulations"
    )
    decision_number = models.CharField(
        "số quyết định thành lập Ban Biên tập", max_length=60, blank=True, help_text="Ví dụ: 15/QĐ-THCSCVA."
    )
    decision_date = models.DateField("ngày ký quyết định", null=True, blank=True)
    # A wagtaildocs.Document of the school's own schema (no cross-schema foreign key is possible).
    decision_document_id = models.PositiveIntegerField(null=True, blank=True, editable=False)
    decision_file_name = models.CharField("tệp quyết định", max_length=255, blank=True, editable=False)
    operations_unit = models.CharField(
        "bộ phận đầu mối vận hành cổng",
        max_length=200,
        blank=True,
        help_text="Bộ phận được Hiệu trưởng phân công bằng văn bản (III.5), ví dụ: Tổ Văn phòng.",
    )
    operations_contact = models.CharField("người phụ trách bộ phận đầu mối", max_length=120, blank=True)
    email_focal_name = models.CharField("cán bộ đầu mối thư điện tử", max_length=120, blank=True)
    email_focal_position = models.CharField("chức vụ", max_length=120, blank=True)
    email_focal_phone = models.CharField("điện thoại", max_length=40, blank=True, validators=[validate_phone])
    email_focal_email = models.EmailField("thư điện tử chính thức", blank=True, validators=[validate_official_email])
    updated_at = models.DateTimeField("cập nhật", default=timezone.now)
    updated_by = models.CharField("người cập nhật", max_length=150, blank=True)

    class Meta:
        verbose_name = "hồ sơ quy chế cổng và thư điện tử"
        verbose_name_plural = "hồ sơ quy chế cổng và thư điện tử"

    def __str__(self):
        return f"{self.portal}: {self.decision_number or 'chưa có quyết định'}"

    @property
    def is_complete(self):
        """Decision signed and uploaded, both focal points named: what the district checks."""
        return bool(
            self.decision_number
            and self.decision_date
            and self.decision_document_id
            and self.operations_unit
            and self.email_focal_name
        )
