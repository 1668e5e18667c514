"""The public side of Hỏi đáp: ask a question, follow it by its code, read published answers.

One page URL, three uses: ``GET`` lists published answers (``?q=`` filters them, with or without
diacritics), ``GET ?ma=HD-...`` shows one question's status to whoever holds its code, ``POST`` asks.
Asking and following are throttled per address (``procedures.throttle``); the status answer is private,
never cached and not indexed. The code is random (31^8 values): following by code alone reveals nothing
to someone who does not hold it, and the throttle bounds guessing.
"""

from django import forms
from django.db import transaction
from django.template.response import TemplateResponse

from portal.search.queue import enqueue_page
from portal.text import fold, nfc
from procedures import throttle
from procedures.codes import normalize_code
from procedures.models import Question
from procedures.projection import schedule_timeliness

HONEYPOT = "website"
CONSENT_WORDING = "Tôi đồng ý để đơn vị dùng họ tên và thông tin liên hệ trên chỉ để trả lời câu hỏi này."


class QuestionForm(forms.Form):
    name = forms.CharField(label="Họ và tên", max_length=200)
    contact = forms.CharField(label="Điện thoại hoặc thư điện tử", max_length=200)
    topic = forms.ChoiceField(label="Chủ đề")
    body = forms.CharField(label="Câu hỏi", max_length=4000, widget=forms.Textarea(attrs={"rows": 6}))
    consent = forms.BooleanField(
        label=CONSENT_WORDING, error_messages={"required": "Cần bạn đồng ý để đơn vị liên hệ trả lời."}
    )
    website = forms.CharField(
        required=False, label="Để trống ô này", widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"})
    )

    def __init__(self, *args, topics=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [(topic, topic) for topic in topics]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get(HONEYPOT):
            raise forms.ValidationError("Không gửi được câu hỏi. Hãy để trống các ô ẩn rồi gửi lại.")
        return cleaned


def _private(response):
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


def published(page, query):
    rows = list(page.published_questions())
    words = fold(nfc(query or "")).lower().split()
    if not words:
        return rows

    def matches(question):
        text = fold(nfc(f"{question.topic} {question.body} {question.answer}")).lower()
        return all(word in text for word in words)

    return [question for question in rows if matches(question)]


def serve_questions(page, request):
    context = page.get_context(request)
    template = page.get_template(request)
    code = normalize_code(request.GET.get("ma", ""))
    context.update(honeypot=HONEYPOT, query=request.GET.get("q", "")[:100], code=code)
    if request.method == "POST":
        if not throttle.hit("question", request):
            return throttle.throttled_response(request, "question", page)
        form = QuestionForm(request.POST, topics=page.topic_choices())
        if form.is_valid():
            data = form.cleaned_data
            with transaction.atomic():
                question = Question.objects.create(
                    page=page,
                    code=Question.new_code(),
                    name=data["name"],
                    contact=data["contact"],
                    topic=data["topic"],
                    body=data["body"],
                )
                schedule_timeliness(page)
            context.update(asked=question, form=QuestionForm(topics=page.topic_choices()))
            return _private(TemplateResponse(request, template, context))
        context["form"] = form
        return _private(TemplateResponse(request, template, context))
    if code:
        if not throttle.hit("status", request):
            return throttle.throttled_response(request, "status", page)
        context["followed"] = Question.objects.filter(page=page, code=code).first()
        context["form"] = QuestionForm(topics=page.topic_choices())
        return _private(TemplateResponse(request, template, context))
    context.update(form=QuestionForm(topics=page.topic_choices()), answers=published(page, context["query"]))
    response = TemplateResponse(request, template, context)
    response["Cache-Control"] = "private, no-store"  # the page holds a form with a CSRF token
    return response


def after_staff_change(question):
    """A question changed in the admin: refresh the district's snapshot and, if public, the search index."""
    schedule_timeliness(question.page)
    enqueue_page(question.page)
