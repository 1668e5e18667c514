"""Casting a vote: one per visitor without an account, best-effort by design.

How "one vote per visitor" is enforced, and its limits (documented in docs/architecture.md):

- a **signed cookie** ``binh-chon-<poll id>`` (Django's signing with the secret key and a salt) is set after
  the vote; a visitor who presents it sees "bạn đã bình chọn" and no new ballot is counted;
- a **rate limit per address** (``portal.core.throttle``; hashed address, in the cache) bounds how many
  ballots one address may cast for one poll per hour, generous enough for a school's shared connection;
- a visitor who clears cookies or changes browser can vote again within that limit: polls here are
  opinions, not elections, and the portal never stores who voted (``portal.polls.models``).

The form is a POST to the page with Django's CSRF token; the page answers ``private, no-store``
(it differs per visitor), so a shared or full-page cache never keeps a token or a "you voted" state.
"""

from django import forms
from django.db import transaction
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone

from portal.core import throttle
from portal.polls.models import PollBallot, PollVote

COOKIE_SALT = "portal.polls"
COOKIE_MAX_AGE = 365 * 24 * 3600
VOTES_PER_ADDRESS = 30  # per poll per hour: a school's shared connection, not a robot
WINDOW = 3600
CLOSED = "Cuộc thăm dò đã đóng lúc {moment}."
NOT_YET = "Cuộc thăm dò mở từ {moment}."
ALREADY = "Bạn đã bình chọn cho câu hỏi này. Cảm ơn bạn!"
THANKS = "Cảm ơn bạn đã bình chọn."
CHOOSE_ONE = "Vui lòng chọn một phương án."
CHOOSE_SOME = "Vui lòng chọn ít nhất một phương án."


def cookie_name(poll):
    return f"binh-chon-{poll.pk}"


def has_voted(poll, request):
    return request.get_signed_cookie(cookie_name(poll), default="", salt=COOKIE_SALT) == "1"


def moment(value):
    return timezone.localtime(value).strftime("%H:%M ngày %d/%m/%Y")


class VoteForm(forms.Form):
    def __init__(self, *args, poll, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(str(choice.pk), choice.label) for choice in poll.choices.all()]
        if poll.multiple:
            self.fields["choice"] = forms.MultipleChoiceField(
                label=poll.question,
                choices=choices,
                widget=forms.CheckboxSelectMultiple,
                error_messages={"required": CHOOSE_SOME, "invalid_choice": CHOOSE_SOME},
            )
        else:
            self.fields["choice"] = forms.ChoiceField(
                label=poll.question,
                choices=choices,
                widget=forms.RadioSelect,
                error_messages={"required": CHOOSE_ONE, "invalid_choice": CHOOSE_ONE},
            )
        self.fields[throttle.HONEYPOT] = throttle.honeypot_field()

    def clean(self):
        cleaned = super().clean()
        if throttle.honeypot_filled(cleaned):
            raise forms.ValidationError(throttle.HONEYPOT_ERROR)
        return cleaned

    def chosen_ids(self):
        value = self.cleaned_data["choice"]
        return [int(v) for v in (value if isinstance(value, list) else [value])]


@transaction.atomic
def cast(poll, choice_ids):
    ballot = PollBallot.objects.create(poll=poll)
    PollVote.objects.bulk_create([PollVote(ballot=ballot, choice_id=pk) for pk in choice_ids])
    return ballot


def serve_poll(poll, request):
    now = timezone.now()
    is_open, voted = poll.is_open(now), has_voted(poll, request)
    status, message, form = 200, "", None
    if request.method == "POST":
        if not is_open:
            status = 403
        elif voted:
            status, message = 409, ALREADY
        elif not throttle.hit("polls", f"vote-{poll.pk}", request, VOTES_PER_ADDRESS, WINDOW):
            return throttle.throttled_response(request, WINDOW, poll)
        else:
            form = VoteForm(request.POST, poll=poll)
            if form.is_valid():
                cast(poll, form.chosen_ids())
                response = HttpResponseRedirect(poll.get_url(request) + "?da-binh-chon=1")
                response.set_signed_cookie(
                    cookie_name(poll), "1", salt=COOKIE_SALT, max_age=COOKIE_MAX_AGE, httponly=True, samesite="Lax"
                )
                response["Cache-Control"] = "private, no-store"
                return response
            status = 400
    if is_open and not voted and form is None:
        form = VoteForm(poll=poll)
    closed = poll.is_closed(now)
    show_results = closed or (voted and poll.results == poll.Results.AFTER_VOTE)
    context = poll.get_context(request)
    context.update(
        is_open=is_open,
        closed=closed,
        voted=voted,
        form=form if is_open and not voted else None,
        message=message or (THANKS if voted and request.GET.get("da-binh-chon") else ""),
        state=(CLOSED if closed else NOT_YET).format(moment=moment(poll.closes_at if closed else poll.opens_at))
        if not is_open
        else f"Đang mở đến {moment(poll.closes_at)}.",
        honeypot=throttle.HONEYPOT,
    )
    if show_results:
        context["ballots"], context["tally"] = poll.tally()
    response = TemplateResponse(request, poll.get_template(request), context, status=status)
    response["Cache-Control"] = "private, no-store"
    return response
