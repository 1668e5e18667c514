"""The candidate list of an admission notice (danh sách dự tuyển).

Personal data (Law 91/2025/QH15 on personal data protection, in force 01/01/2026):
the list concerns children, so we keep the minimum the admission needs — STT,
full name, birth date, gender, previous school, result, note — and publish less:
name, birth date (or year only) and result. Phone numbers, addresses, identity
numbers and parents' names are never stored even when the uploaded file has them
(the importer drops those columns and says so), and the names are not put in the
site search index (only the notice's own fields are). The rows are ordinary models,
not inline page data, so they do not travel in page revisions (a list of 5,000
children copied into every revision would multiply the personal data kept).
"""

from django.conf import settings
from django.db import models


class Candidate(models.Model):
    class Gender(models.TextChoices):
        MALE = "nam", "Nam"
        FEMALE = "nu", "Nữ"

    notice = models.ForeignKey(
        "enrollment.AdmissionNoticePage",
        on_delete=models.CASCADE,
        related_name="candidates",
        verbose_name="thông báo tuyển sinh",
    )
    number = models.PositiveIntegerField("STT")
    full_name = models.CharField("họ và tên", max_length=120)
    birth_date = models.DateField("ngày sinh")
    gender = models.CharField("giới tính", max_length=3, choices=Gender.choices)
    previous_school = models.CharField("trường cũ", max_length=200, blank=True)
    result = models.CharField("kết quả", max_length=120, blank=True)
    note = models.CharField("ghi chú", max_length=255, blank=True)
    search_key = models.CharField("khóa tìm kiếm", max_length=120, db_index=True, editable=False)

    class Meta:
        verbose_name = "thí sinh dự tuyển"
        verbose_name_plural = "danh sách dự tuyển"
        ordering = ["number"]
        constraints = [models.UniqueConstraint(fields=["notice", "number"], name="candidate_unique_number")]

    def __str__(self):
        return f"{self.number}. {self.full_name}"


class CandidateImport(models.Model):
    """One successful import: who replaced the list, from which file, how many rows."""

    notice = models.ForeignKey(
        "enrollment.AdmissionNoticePage",
        on_delete=models.CASCADE,
        related_name="candidate_imports",
        verbose_name="thông báo tuyển sinh",
    )
    file_name = models.CharField("tên tệp", max_length=255)
    row_count = models.PositiveIntegerField("số thí sinh")
    encoding = models.CharField("bảng mã", max_length=32, blank=True)
    imported_at = models.DateTimeField("thời điểm nhập", auto_now_add=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="người nhập",
    )

    class Meta:
        verbose_name = "lần nhập danh sách dự tuyển"
        verbose_name_plural = "lịch sử nhập danh sách dự tuyển"
        ordering = ["-imported_at"]

    def __str__(self):
        return f"{self.file_name} ({self.row_count})"
