"""Public lists of children (candidates, admission results): the least data, for the shortest time.

A page type that publishes a list of people inherits :class:`PersonalDataPublication` and says which
rows it shows (``personal_rows()``) and how to erase them (``erase_personal_rows()``). It then gets:

- **minimal publication**: a per-list choice of what is shown next to the name (:class:`Display`),
  default full name + month/year of birth; the exact date of birth is never shown (a look-up may still
  *check* it); templates use ``{{ row.birth_date|public_birth:page }}`` and ``page.public_birth_label``;
- **no indexing** while the list is public: ``<meta name="robots" content="noindex">`` (``base.html``
  reads ``page.robots_noindex``) and ``X-Robots-Tag``, out of ``sitemap.xml`` (``get_sitemap_urls``)
  and out of the site search (``exclude_from_search``, read by ``portal.search``);
- **expiry**: an end date (default: 31/12 of the admission year + ``PERSONAL_DATA_LIST_GRACE_DAYS``),
  after which the list is gone from the site at once (the date is checked on every view) and the daily
  job (``portal.personal_data.retention``) records its withdrawal and re-indexes the page; then an
  erasure date (end + ``PERSONAL_DATA_LIST_RETENTION_DAYS``), after which the rows are erased and logged.
  The editor sees and may shorten both dates in the page's "Dữ liệu cá nhân công khai" panel.
"""

import datetime
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel

DEFAULT_GRACE_DAYS = 30
DEFAULT_RETENTION_DAYS = 365


def grace_days():
    return getattr(settings, "PERSONAL_DATA_LIST_GRACE_DAYS", DEFAULT_GRACE_DAYS)


def retention_days():
    return getattr(settings, "PERSONAL_DATA_LIST_RETENTION_DAYS", DEFAULT_RETENTION_DAYS)


class Display(models.TextChoices):
    NAME_MONTH_YEAR = "ten_thang_nam", "Họ tên và tháng/năm sinh"
    NAME_YEAR = "ten_nam", "Họ tên và năm sinh"
    NAME_NUMBER = "ten_so", "Họ tên và số thứ tự / số báo danh (không hiện ngày sinh)"


BIRTH_LABELS = {Display.NAME_MONTH_YEAR: "Tháng/năm sinh", Display.NAME_YEAR: "Năm sinh", Display.NAME_NUMBER: ""}


def public_birth(birth_date, display):
    """What a public list shows of a date of birth: ``03/2014``, ``2014`` or nothing; never the day."""
    if not birth_date:
        return ""
    if display == Display.NAME_MONTH_YEAR:
        return f"{birth_date.month:02d}/{birth_date.year}"
    if display == Display.NAME_YEAR:
        return str(birth_date.year)
    return ""


def default_end(year):
    """End of the admission year plus the set period."""
    return datetime.date(year, 12, 31) + datetime.timedelta(days=grace_days())


class PersonalDataPublication(models.Model):
    """Mixin of page types publishing a list of people (put it before ``BasePage`` in the bases)."""

    personal_display = models.CharField(
        "thông tin công khai kèm họ tên",
        max_length=16,
        choices=Display.choices,
        default=Display.NAME_MONTH_YEAR,
        help_text="Ngày sinh đầy đủ không bao giờ được công khai (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15).",
    )
    personal_until = models.DateField(
        "công khai danh sách đến hết ngày",
        null=True,
        blank=True,
        help_text="Để trống: hết năm tuyển sinh cộng thời gian khiếu nại. Sau ngày này danh sách tự gỡ khỏi cổng.",
    )
    personal_erase_after = models.DateField(
        "xóa danh sách sau ngày",
        null=True,
        blank=True,
        help_text="Để trống: một năm sau ngày gỡ. Sau ngày này dữ liệu của danh sách bị xóa hẳn (có ghi nhật ký).",
    )
    personal_withdrawn_at = models.DateTimeField("danh sách đã gỡ lúc", null=True, blank=True, editable=False)
    personal_erased_at = models.DateTimeField("dữ liệu danh sách đã xóa lúc", null=True, blank=True, editable=False)

    class Meta:
        abstract = True

    personal_panels = [
        MultiFieldPanel(
            [
                HelpPanel(
                    "<p>Danh sách trẻ em chỉ công khai họ tên kèm tháng/năm sinh hoặc số báo danh, không cho máy "
                    "tìm kiếm lập chỉ mục, tự gỡ khỏi cổng sau ngày kết thúc và bị xóa sau thời hạn lưu.</p>"
                ),
                FieldPanel("personal_display"),
                FieldRowPanel([FieldPanel("personal_until"), FieldPanel("personal_erase_after")]),
            ],
            heading="Dữ liệu cá nhân công khai",
        )
    ]

    def save(self, *args, **kwargs):
        self.fill_personal_dates()
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        self.fill_personal_dates()
        if self.personal_erase_after < self.personal_until:
            raise ValidationError({"personal_erase_after": "Ngày xóa phải từ ngày kết thúc công khai trở về sau."})

    # --- what the page type provides -----------------------------------------------------------------

    def personal_year(self):
        """The admission year: the first year of ``school_year`` ("2026-2027" -> 2026) by default."""
        match = re.match(r"(\d{4})", getattr(self, "school_year", "") or "")
        return int(match.group(1)) if match else timezone.localdate().year

    def personal_rows(self):
        """The queryset of rows the page would show to the public (the page type overrides it)."""
        raise NotImplementedError

    def erase_personal_rows(self):
        """Delete the rows behind the list; returns how many (the page type overrides it)."""
        raise NotImplementedError

    personal_rows_label = "danh sách"

    # --- dates -------------------------------------------------------------------------------------------

    def default_personal_until(self):
        return default_end(self.personal_year())

    def fill_personal_dates(self):
        self.personal_until = self.personal_until or self.default_personal_until()
        self.personal_erase_after = self.personal_erase_after or (
            self.personal_until + datetime.timedelta(days=retention_days())
        )
        if self.personal_until >= timezone.localdate():
            self.personal_withdrawn_at = None  # the editor extended the date: the list is back

    # --- state ----------------------------------------------------------------------------------------

    def personal_list_open(self, today=None):
        """True while the list may be public (before its end date and not erased)."""
        today = today or timezone.localdate()
        until = self.personal_until or self.default_personal_until()
        return self.personal_erased_at is None and today <= until

    def publishes_personal_data(self, today=None):
        return bool(self.pk) and self.personal_list_open(today) and self.personal_rows().exists()

    @property
    def robots_noindex(self):
        return self.publishes_personal_data()

    @property
    def public_birth_label(self):
        return BIRTH_LABELS.get(self.personal_display, "")

    def exclude_from_search(self):
        """``portal.search`` skips a page while it shows people (names must not be findable)."""
        return self.publishes_personal_data()

    def get_sitemap_urls(self, request=None):
        return [] if self.publishes_personal_data() else super().get_sitemap_urls(request)

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if self.publishes_personal_data():
            response["X-Robots-Tag"] = "noindex"
        return response


__all__ = ["Display", "PersonalDataPublication", "default_end", "public_birth"]
