"""Polls (thăm dò ý kiến): a question, its choices, open and close dates, anonymous ballots.

Why ballots are rows apart from the page: choices are inline rows of the page (edited, reordered,
published with it), but votes must survive a new revision and must never carry who cast them. A
``PollBallot`` records only that one ballot was cast (and when, to the day), ``PollVote`` which choices
it selected; there is no address, cookie value, account or time of day to tie a ballot to a person.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from portal.core.models.base import BasePage, normalize_instance_text


class PollIndexPage(BasePage):
    """ "Thăm dò ý kiến": the portal's polls, open ones first."""

    intro = RichTextField("giới thiệu", blank=True, features=["bold", "italic", "link"])
    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["polls.PollPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "trang thăm dò ý kiến"
        verbose_name_plural = "trang thăm dò ý kiến"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        polls = list(PollPage.objects.child_of(self).live().public().order_by("-opens_at"))
        now = timezone.now()
        context["now"] = now
        context["open_polls"] = [p for p in polls if p.is_open(now)]
        context["other_polls"] = [p for p in polls if not p.is_open(now)]
        return context


class PollPage(BasePage):
    class Results(models.TextChoices):
        AFTER_VOTE = "after_vote", "Sau khi người xem bình chọn (và sau khi đóng)"
        AFTER_CLOSE = "after_close", "Chỉ sau khi đóng thăm dò"

    question = models.CharField("câu hỏi", max_length=255)
    description = RichTextField("giải thích", blank=True, features=["bold", "italic", "link"])
    multiple = models.BooleanField("cho chọn nhiều phương án", default=False)
    opens_at = models.DateTimeField("mở từ", default=timezone.now)
    closes_at = models.DateTimeField("đóng lúc")
    results = models.CharField("hiện kết quả", max_length=20, choices=Results.choices, default=Results.AFTER_VOTE)

    content_panels = BasePage.content_panels + [
        FieldPanel("question"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldPanel("multiple"),
                FieldPanel("results"),
            ],
            heading="Cách bình chọn",
        ),
        InlinePanel("choices", heading="Phương án", label="Phương án", min_num=2),
    ]
    parent_page_types = ["polls.PollIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "cuộc thăm dò"
        verbose_name_plural = "cuộc thăm dò"

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": "Thời điểm đóng phải sau thời điểm mở."})

    def is_open(self, now=None):
        now = now or timezone.now()
        return self.opens_at <= now < self.closes_at

    def is_closed(self, now=None):
        return (now or timezone.now()) >= self.closes_at

    @property
    def search_date(self):
        return timezone.localdate(self.opens_at)

    def get_search_text(self):
        choices = " ".join(choice.label for choice in self.choices.all())
        return " ".join(part for part in (self.title, self.question, self.description, choices) if part)

    def tally(self):
        """``(ballots, [(choice, votes, percent)])`` in the choices' order."""
        ballots = PollBallot.objects.filter(poll=self).count()
        counts = dict(
            PollVote.objects.filter(ballot__poll=self).values_list("choice_id").annotate(n=Count("id")).order_by()
        )
        rows = []
        for choice in self.choices.all():
            votes = counts.get(choice.pk, 0)
            rows.append((choice, votes, round(100 * votes / ballots) if ballots else 0))
        return ballots, rows

    def serve(self, request, *args, **kwargs):
        from portal.polls.voting import serve_poll

        return serve_poll(self, request)


class PollChoice(Orderable):
    page = ParentalKey(PollPage, on_delete=models.CASCADE, related_name="choices")
    label = models.CharField("phương án", max_length=255)

    panels = [FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = "phương án"
        verbose_name_plural = "phương án"

    def __str__(self):
        return self.label

    def save(self, *args, **kwargs):
        normalize_instance_text(self)
        super().save(*args, **kwargs)


class PollBallot(models.Model):
    """One ballot cast: only the poll and the day (no address, no cookie value, no account)."""

    poll = models.ForeignKey(PollPage, on_delete=models.CASCADE, related_name="ballots")
    cast_on = models.DateField(default=timezone.localdate)

    class Meta:
        verbose_name = "phiếu bình chọn"
        verbose_name_plural = "phiếu bình chọn"

    def __str__(self):
        return f"Phiếu {self.pk} ({self.cast_on:%d/%m/%Y})"


class PollVote(models.Model):
    ballot = models.ForeignKey(PollBallot, on_delete=models.CASCADE, related_name="votes")
    choice = models.ForeignKey(PollChoice, on_delete=models.CASCADE, related_name="votes")

    class Meta:
        verbose_name = "lựa chọn"
        verbose_name_plural = "lựa chọn"

    def __str__(self):
        return f"Phiếu {self.ballot_id}: {self.choice_id}"
