"""Demo "Thăm dò ý kiến": one open poll per portal (open for a month from the seeding day) with a few ballots."""

import datetime

from django.utils import timezone

from portal.polls.models import PollBallot, PollChoice, PollIndexPage, PollPage, PollVote

SLUG = "gio-don-tre-buoi-chieu"
QUESTION = "Phụ huynh mong muốn giờ đón học sinh buổi chiều vào lúc nào?"
CHOICES = ["16 giờ 30", "17 giờ", "17 giờ 30"]


def seed_polls(portal, demo, rng):
    index = PollIndexPage.objects.first()
    if index is None or PollPage.objects.child_of(index).filter(slug=SLUG).exists():
        return
    now = timezone.now()
    poll = PollPage(
        title="Khảo sát giờ đón học sinh buổi chiều",
        slug=SLUG,
        question=QUESTION,
        description="<p>Ý kiến của phụ huynh giúp nhà trường sắp xếp giờ tan học phù hợp.</p>",
        opens_at=now - datetime.timedelta(days=1),
        closes_at=now + datetime.timedelta(days=30),
    )
    for position, label in enumerate(CHOICES):
        poll.choices.add(PollChoice(label=label, sort_order=position))
    index.add_child(instance=poll)
    poll.save_revision().publish()
    choices = list(poll.choices.all())
    ballots = PollBallot.objects.bulk_create([PollBallot(poll=poll) for _ in range(12)])
    PollVote.objects.bulk_create([PollVote(ballot=ballot, choice=rng.choice(choices)) for ballot in ballots])
