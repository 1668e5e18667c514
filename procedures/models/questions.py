"""Hỏi đáp: the channel for citizens' questions that Thông tư 37/2020 (Art. 9) requires of every portal.

Why a record per question and not a comment thread: each question has a tracking code the asker follows
(``HD-XXXXXXXX``), a status staff move forward (received, assigned, answered), an owner, and a deadline
of 15 working days counted on Vietnam's calendar (``portal.workdays``) that the district watches
through the ``qa_timeliness`` snapshot (``procedures.projection``). Staff choose whether an answer is
published; published questions and answers are part of the Q&A page's search text.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from portal.core.models import BasePage
from portal.core.models.base import normalize_instance_text
from portal.workdays.calendar import WorkingCalendar
from procedures.codes import new_code

TARGET_WORKING_DAYS = 15
KEEP_AFTER_ANSWER_DAYS = 2 * 365  # the asker's name and contact, after the answer (personal_data retention)
DEFAULT_TOPICS = "Tuyển sinh\nHọc phí, chế độ chính sách\nChuyển trường\nVăn bằng, chứng chỉ\nKhác"


class QuestionIndexPage(BasePage):
    intro = RichTextField("hướng dẫn", blank=True, features=["bold", "italic", "link", "ul"])
    topics = models.TextField("chủ đề", default=DEFAULT_TOPICS, help_text="Mỗi dòng một chủ đề người hỏi chọn.")

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("topics")]

    parent_page_types = ["procedures.ProcedureIndexPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = "hỏi đáp"
        verbose_name_plural = "hỏi đáp"

    def topic_choices(self):
        return [line.strip() for line in self.topics.splitlines() if line.strip()]

    def published_questions(self):
        return self.questions.filter(publish_answer=True, status=Question.Status.ANSWERED).order_by("-answered_at")

    def get_search_text(self):
        parts = [self.title, self.intro]
        for question in self.published_questions():
            parts += [question.topic, question.body, question.answer]
        return "\n".join(parts)

    def serve(self, request, *args, **kwargs):
        from procedures.questions import serve_questions

        return serve_questions(self, request)


class Question(models.Model):
    class Status(models.TextChoices):
        RECEIVED = "da_nhan", "Đã tiếp nhận"
        ASSIGNED = "dang_xu_ly", "Đang xử lý"
        ANSWERED = "da_tra_loi", "Đã trả lời"

    page = models.ForeignKey(QuestionIndexPage, related_name="questions", on_delete=models.CASCADE)
    code = models.CharField("mã theo dõi", max_length=20, unique=True)
    name = models.CharField("người hỏi", max_length=200)
    contact = models.CharField("điện thoại hoặc thư điện tử", max_length=200)
    topic = models.CharField("chủ đề", max_length=200)
    body = models.TextField("câu hỏi")
    received_at = models.DateTimeField("tiếp nhận lúc", default=timezone.now)
    due_date = models.DateField("hạn trả lời")
    status = models.CharField("trạng thái", max_length=12, choices=Status.choices, default=Status.RECEIVED)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người xử lý",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    answer = models.TextField("trả lời", blank=True)
    answered_at = models.DateTimeField("trả lời lúc", null=True, blank=True)
    erase_after = models.DateField(
        "xóa sau ngày", null=True, blank=True, db_index=True, help_text="Hai năm sau khi trả lời (dữ liệu cá nhân)."
    )
    publish_answer = models.BooleanField(
        "công khai câu hỏi và trả lời",
        default=False,
        help_text="Câu hỏi (không kèm tên, liên hệ người hỏi) và câu trả lời hiện trên trang hỏi đáp, tìm kiếm được.",
    )

    class Meta:
        verbose_name = "câu hỏi"
        verbose_name_plural = "câu hỏi"
        ordering = ["-received_at"]

    def __str__(self):
        return f"{self.code}: {self.topic}"

    def save(self, *args, **kwargs):
        normalize_instance_text(self)  # typed by the public: stored NFC
        if not self.due_date:
            received = timezone.localtime(self.received_at).date()
            self.due_date = WorkingCalendar.load().add_working_days(received, TARGET_WORKING_DAYS)
        if self.status == self.Status.ANSWERED and self.answered_at is None:
            self.answered_at = timezone.now()
        if self.answered_at and self.erase_after is None:
            answered = timezone.localtime(self.answered_at).date()
            self.erase_after = answered + datetime.timedelta(days=KEEP_AFTER_ANSWER_DAYS)
        if self.status == self.Status.RECEIVED and self.assigned_to_id:
            self.status = self.Status.ASSIGNED
        super().save(*args, **kwargs)

    def clean(self):
        if self.status == self.Status.ANSWERED and not self.answer.strip():
            raise ValidationError({"answer": "Hãy nhập câu trả lời trước khi chuyển sang “Đã trả lời”."})
        if self.publish_answer and self.status != self.Status.ANSWERED:
            raise ValidationError({"publish_answer": "Chỉ công khai được câu hỏi đã trả lời."})

    @classmethod
    def new_code(cls):
        return new_code("HD", exists=lambda code: cls.objects.filter(code=code).exists())

    def working_days_taken(self, calendar=None):
        """Working days from receipt to the answer (or to today while open); pass ``calendar`` in loops."""
        calendar = calendar or WorkingCalendar.load()
        end = timezone.localtime(self.answered_at).date() if self.answered_at else timezone.localdate()
        return calendar.working_days_between(timezone.localtime(self.received_at).date(), end)

    def is_overdue(self, today=None):
        today = today or timezone.localdate()
        if self.status == self.Status.ANSWERED:
            return timezone.localtime(self.answered_at).date() > self.due_date
        return today > self.due_date

    is_overdue.boolean = True
    is_overdue.short_description = "quá hạn"
