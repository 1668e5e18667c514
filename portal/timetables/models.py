"""Timetables and exam schedules: one page per kind, a table per week imported from a spreadsheet.

Why weeks, not pages: schools publish a new timetable whenever it changes (often weekly) from the sheet
they already keep in Excel; the editor imports it for a week (``portal.timetables.importing``) and the page
shows the current week first, one class at a time, as a list of days that fits a phone. A week is
replaced as a whole by a new import, so a timetable is never half old, half new.
"""

import datetime

from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from portal.core.models.base import BasePage

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
WEEK_PARAM, CLASS_PARAM = "tuan", "lop"


class TimetablePage(BasePage):
    class Kind(models.TextChoices):
        TIMETABLE = "timetable", "Thời khóa biểu"
        EXAMS = "exams", "Lịch thi - kiểm tra"

    kind = models.CharField("loại", max_length=20, choices=Kind.choices, default=Kind.TIMETABLE)
    intro = RichTextField("giới thiệu", blank=True, features=["bold", "italic", "link"])

    content_panels = BasePage.content_panels + [FieldPanel("kind"), FieldPanel("intro")]
    parent_page_types = ["core.HomePage", "core.SectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = "trang thời khóa biểu / lịch thi"
        verbose_name_plural = "trang thời khóa biểu / lịch thi"

    def get_search_text(self):
        subjects = TimetableEntry.objects.filter(week__page=self).values_list("subject", flat=True).distinct()[:200]
        return " ".join([self.title, self.intro or "", *subjects])

    def current_week(self, weeks, today):
        """The week containing today, else the latest past one, else the first coming one."""
        monday = today - datetime.timedelta(days=today.weekday())
        past = [w for w in weeks if w.week_start <= monday]
        if past:
            return max(past, key=lambda w: w.week_start)
        return min(weeks, key=lambda w: w.week_start) if weeks else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        weeks = list(self.weeks.order_by("-week_start"))
        current = self.current_week(weeks, today)
        chosen = next((w for w in weeks if w.label == request.GET.get(WEEK_PARAM)), current)
        # The current week first, then the others newest first.
        ordered = ([current] if current else []) + [w for w in weeks if w != current]
        classes, days = [], []
        selected_class = ""
        if chosen is not None:
            classes = list(chosen.entries.values_list("class_name", flat=True).distinct().order_by("class_name"))
            wanted = request.GET.get(CLASS_PARAM, "")
            selected_class = wanted if wanted in classes else (classes[0] if classes else "")
            entries = list(chosen.entries.filter(class_name=selected_class))
            for offset, name in enumerate(WEEKDAYS):
                rows = [e for e in entries if e.weekday == offset]
                if rows:
                    days.append(
                        {"name": name, "date": chosen.week_start + datetime.timedelta(days=offset), "rows": rows}
                    )
        context.update(
            weeks=ordered,
            week=chosen,
            current=current,
            classes=classes,
            selected_class=selected_class,
            days=days,
            week_param=WEEK_PARAM,
            class_param=CLASS_PARAM,
        )
        return context


class TimetableWeek(models.Model):
    page = models.ForeignKey(TimetablePage, on_delete=models.CASCADE, related_name="weeks")
    week_start = models.DateField("tuần bắt đầu (thứ Hai)")
    note = models.CharField("ghi chú", max_length=255, blank=True)
    imported_at = models.DateTimeField(default=timezone.now)
    file_name = models.CharField(max_length=255, blank=True)

    class Meta:
        verbose_name = "tuần"
        verbose_name_plural = "tuần"
        constraints = [models.UniqueConstraint(fields=["page", "week_start"], name="timetables_one_week_per_page")]

    def __str__(self):
        return f"{self.page_id}: {self.week_start:%d/%m/%Y}"

    @property
    def week_end(self):
        return self.week_start + datetime.timedelta(days=6)

    @property
    def label(self):
        year, week, _ = self.week_start.isocalendar()
        return f"{year}-W{week:02d}"


class TimetableEntry(models.Model):
    week = models.ForeignKey(TimetableWeek, on_delete=models.CASCADE, related_name="entries")
    class_name = models.CharField("lớp", max_length=40, db_index=True)
    weekday = models.PositiveSmallIntegerField("thứ")  # 0 = Monday
    session = models.CharField("buổi", max_length=20, blank=True)
    period = models.CharField("tiết / giờ", max_length=20)
    subject = models.CharField("môn", max_length=120)
    teacher = models.CharField("giáo viên", max_length=120, blank=True)
    room = models.CharField("phòng", max_length=60, blank=True)
    note = models.CharField("ghi chú", max_length=255, blank=True)
    line = models.PositiveIntegerField(default=0)  # order of the file

    class Meta:
        verbose_name = "tiết học"
        verbose_name_plural = "tiết học"
        ordering = ["weekday", "line"]

    def __str__(self):
        return f"{self.class_name} {self.weekday} {self.period}: {self.subject}"
