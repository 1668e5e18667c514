"""The yearly table of what the holiday library lags behind: swapped days off and make-up Saturdays.

Why a table: each year the government announces (Ministry of Labour until 2024, Ministry of Home
Affairs from 2025) which weekday between a holiday and a weekend is taken off and which Saturday is
worked in exchange ("làm bù"). The ``holidays`` package learns of these notices late or never (it had
none of the worked Saturdays of 2024-2026 and missed 02/01/2026), so the supervising body records them
here from the notice itself; the engine never guesses (docs: ``portal.workdays.calendar``).
"""

from django.core.exceptions import ValidationError
from django.db import models

from portal.text import nfc


class DayAdjustment(models.Model):
    class Kind(models.TextChoices):
        DAY_OFF = "nghi", "Ngày nghỉ (nghỉ bù, hoán đổi, nghỉ lễ bổ sung)"
        WORKING_DAY = "lam", "Ngày làm việc (làm bù, kể cả thứ Bảy, Chủ nhật)"

    date = models.DateField("ngày", unique=True)
    kind = models.CharField("loại", max_length=8, choices=Kind.choices)
    name = models.CharField("nội dung", max_length=200, help_text="Ví dụ: Nghỉ bù Tết Dương lịch 2026.")
    basis = models.CharField(
        "căn cứ",
        max_length=200,
        blank=True,
        help_text="Văn bản thông báo, ví dụ: Thông báo số .../TB-BNV của Bộ Nội vụ.",
    )
    updated_at = models.DateTimeField("cập nhật", auto_now=True)

    class Meta:
        verbose_name = "ngày nghỉ bù, làm bù"
        verbose_name_plural = "lịch nghỉ bù, làm bù"
        ordering = ["date"]

    def __str__(self):
        return f"{self.date:%d/%m/%Y}: {self.name}"

    def clean(self):
        self.name = nfc(self.name or "").strip()
        self.basis = nfc(self.basis or "").strip()
        if not self.name:
            raise ValidationError({"name": "Hãy ghi nội dung (ví dụ: Nghỉ bù Tết Dương lịch 2026)."})
