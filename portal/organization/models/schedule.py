""" "Lịch công tác": the leadership's weekly work schedule (issue 17, usual on state portals).

Entries (day, time, content, who, where) are typed in the admin ("Lịch công tác" in the menu)
as they come, not as one page per week; the public page shows one week at a time
(``?tuan=2026-W49``, ISO weeks, Monday first) with the previous and next weeks, and prints
through the core's print mode. Entries are the portal's own (tenant schema).
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField

from portal.core.models import BasePage
from portal.core.models.base import normalize_instance_text

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
WEEK_PARAM = "tuan"


class ScheduleEntry(models.Model):
    """One engagement of the leadership: a meeting, an inspection, a ceremony."""

    date = models.DateField("ngày", db_index=True)
    start_time = models.TimeField("giờ bắt đầu", null=True, blank=True)
    end_time = models.TimeField("giờ kết thúc", null=True, blank=True)
    content = models.TextField("nội dung công việc")
    participants = models.CharField(
        "chủ trì, thành phần", max_length=255, help_text="Ví dụ: Hiệu trưởng; toàn thể giáo viên tổ Toán - Tin."
    )
    location = models.CharField("địa điểm", max_length=255, blank=True)
    note = models.CharField("ghi chú", max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("start_time"), FieldPanel("end_time")]),
        FieldPanel("content"),
        FieldRowPanel([FieldPanel("participants"), FieldPanel("location")]),
        FieldPanel("note"),
    ]

    class Meta:
        verbose_name = "mục lịch công tác"
        verbose_name_plural = "lịch công tác"
        ordering = ["date", models.F("start_time").asc(nulls_first=True), "pk"]

    def __str__(self):
        when = self.date.strftime("%d/%m/%Y")
        if self.start_time:
            when += " " + self.start_time.strftime("%H:%M")
        return f"{when}: {self.content[:60]}"

    def save(self, *args, **kwargs):
        normalize_instance_text(self)
        super().save(*args, **kwargs)

    def clean(self):
        normalize_instance_text(self)
        if self.end_time and not self.start_time:
            raise ValidationError({"start_time": "Vui lòng nhập giờ bắt đầu khi đã có giờ kết thúc."})
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            raise ValidationError({"end_time": "Giờ kết thúc phải sau giờ bắt đầu."})

    @property
    def weekday(self):
        return WEEKDAYS[self.date.weekday()]


def week_start(day):
    return day - datetime.timedelta(days=day.weekday())


def parse_week(value, today):
    """Monday of the ISO week ``2026-W49`` (or of ``today`` when the value is missing or malformed)."""
    try:
        year, week = str(value or "").upper().split("-W")
        return datetime.date.fromisocalendar(int(year), int(week), 1)
    except ValueError:
        return week_start(today)


def week_label(monday):
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


class WorkSchedulePage(BasePage):
    """The public page of the schedule, one per portal, under "Giới thiệu"."""

    intro = RichTextField("giới thiệu", blank=True, features=["bold", "italic", "link"])

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["organization.OrganizationPage", "core.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "trang lịch công tác"
        verbose_name_plural = "trang lịch công tác"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        monday = parse_week(request.GET.get(WEEK_PARAM), today)
        sunday = monday + datetime.timedelta(days=6)
        entries = list(ScheduleEntry.objects.filter(date__range=(monday, sunday)))
        days = []
        for offset in range(7):
            day = monday + datetime.timedelta(days=offset)
            days.append(
                {
                    "date": day,
                    "name": WEEKDAYS[offset],
                    "today": day == today,
                    "entries": [e for e in entries if e.date == day],
                }
            )
        context.update(
            {
                "monday": monday,
                "sunday": sunday,
                "days": days,
                "has_entries": bool(entries),
                "week": week_label(monday),
                "previous_week": week_label(monday - datetime.timedelta(days=7)),
                "next_week": week_label(monday + datetime.timedelta(days=7)),
                "this_week": week_label(week_start(today)),
                "is_this_week": monday == week_start(today),
            }
        )
        return context
