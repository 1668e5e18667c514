"""Consent to the processing of a child's personal data (Law 91/2025/QH15, in force 01/01/2026).

Why a record of its own: the law asks the controller to *prove* consent: who agreed, to which wording,
when. Silence is not consent, so each agreement is an explicit tick stored here with the exact text shown
(the wording may change later) and the time; from age 7 the child's own agreement is needed too. Records
follow their submission (same reference code) and are erased with it on request or at retention's end.
"""

from django.db import models


class ConsentRecord(models.Model):
    class Subject(models.TextChoices):
        ONLINE_FORM = "bieu_mau", "Biểu mẫu trực tuyến"
        ADMISSION = "tuyen_sinh", "Đăng ký xét tuyển"
        EXAM = "du_thi", "Đăng ký dự thi"
        CONSULTATION = "gop_y", "Góp ý"

    subject = models.CharField("loại hồ sơ", max_length=20, choices=Subject.choices)
    reference_code = models.CharField("mã hồ sơ", max_length=20, db_index=True)
    parent_name = models.CharField("cha mẹ / người giám hộ", max_length=200)
    parent_wording = models.TextField("nội dung cha mẹ đồng ý")
    parent_agreed_at = models.DateTimeField("cha mẹ đồng ý lúc")
    child_birth_date = models.DateField("ngày sinh của trẻ", null=True, blank=True)
    child_wording = models.TextField("nội dung học sinh đồng ý", blank=True)
    child_agreed_at = models.DateTimeField("học sinh đồng ý lúc", null=True, blank=True)

    class Meta:
        verbose_name = "sự đồng ý xử lý dữ liệu cá nhân"
        verbose_name_plural = "sự đồng ý xử lý dữ liệu cá nhân"

    def __str__(self):
        return f"{self.reference_code}: {self.parent_name}"


class ErasureLog(models.Model):
    """What was erased and why, without the erased personal data (accountability, Law 91/2025 Art. 9)."""

    class Reason(models.TextChoices):
        REQUEST = "yeu_cau", "Theo yêu cầu của chủ thể dữ liệu"
        RETENTION = "het_han", "Hết thời hạn lưu"

    reference_code = models.CharField("mã hồ sơ", max_length=20, db_index=True)
    kind = models.CharField("loại hồ sơ", max_length=40)
    reason = models.CharField("lý do", max_length=10, choices=Reason.choices)
    erased_at = models.DateTimeField("xóa lúc", auto_now_add=True)
    erased_by = models.CharField("người thực hiện", max_length=150, blank=True)

    class Meta:
        verbose_name = "nhật ký xóa dữ liệu"
        verbose_name_plural = "nhật ký xóa dữ liệu"
        ordering = ["-erased_at"]

    def __str__(self):
        return f"{self.reference_code} ({self.get_reason_display()})"
