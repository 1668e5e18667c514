"""Consent to the processing of a child's personal data, and the log of erasures (Law 91/2025/QH15).

Why a record of its own: the law asks the controller to *prove* consent: who agreed (the parent or
guardian, and the child too from age 7), to which wording and which version of it, when. Silence is not
consent, so each agreement is an explicit tick stored here with the exact text shown (the wording may
change later, hence ``wording_version``). Records follow their submission (same reference code) and are
erased with it on request or at the end of its retention.
"""

from django.db import models

from portal.core.models.base import normalize_instance_text


class ConsentRecord(models.Model):
    kind = models.CharField(
        "loại hồ sơ", max_length=40, help_text="Ví dụ: biểu mẫu trực tuyến, đăng ký xét tuyển, đăng ký dự thi."
    )
    reference_code = models.CharField("mã hồ sơ", max_length=20, db_index=True)
    wording_version = models.CharField("phiên bản lời đồng ý", max_length=20)
    parent_name = models.CharField("cha mẹ / người giám hộ", max_length=200)
    parent_wording = models.TextField("nội dung cha mẹ đồng ý")
    parent_agreed_at = models.DateTimeField("cha mẹ đồng ý lúc")
    child_name = models.CharField("họ tên trẻ", max_length=200, blank=True)
    child_birth_date = models.DateField("ngày sinh của trẻ", null=True, blank=True)
    child_wording = models.TextField("nội dung học sinh đồng ý", blank=True)
    child_agreed_at = models.DateTimeField("học sinh đồng ý lúc", null=True, blank=True)

    class Meta:
        verbose_name = "sự đồng ý xử lý dữ liệu cá nhân"
        verbose_name_plural = "sự đồng ý xử lý dữ liệu cá nhân"
        ordering = ["-parent_agreed_at"]

    def __str__(self):
        return f"{self.reference_code}: {self.parent_name}"

    def save(self, *args, **kwargs):
        normalize_instance_text(self)  # names typed by the public: stored NFC
        super().save(*args, **kwargs)


class ErasureLog(models.Model):
    """What was erased and why, without the erased personal data (accountability, Law 91/2025)."""

    class Reason(models.TextChoices):
        REQUEST = "yeu_cau", "Theo yêu cầu của chủ thể dữ liệu"
        RETENTION = "het_han", "Hết thời hạn lưu"

    reference_code = models.CharField("mã hồ sơ", max_length=40, db_index=True)
    kind = models.CharField("loại hồ sơ", max_length=80)
    reason = models.CharField("lý do", max_length=10, choices=Reason.choices)
    erased_at = models.DateTimeField("xóa lúc", auto_now_add=True)
    erased_by = models.CharField("người thực hiện", max_length=150, blank=True)
    request_code = models.CharField("theo yêu cầu số", max_length=20, blank=True)

    class Meta:
        verbose_name = "nhật ký xóa dữ liệu"
        verbose_name_plural = "nhật ký xóa dữ liệu"
        ordering = ["-erased_at"]

    def __str__(self):
        return f"{self.reference_code} ({self.get_reason_display()})"
