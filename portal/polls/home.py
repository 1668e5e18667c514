"""The home box's poll, cached per portal: a warm home page costs no query for it (tests/core/test_home.py).

The cache entry lives at most five minutes and never past the poll's closing time; publishing,
unpublishing or deleting a poll drops it (``portal.polls.receivers``).
"""

from django.core.cache import cache
from django.utils import timezone

from portal.polls.models import PollPage

CACHE_KEY = "polls:home-box"
CACHE_SECONDS = 5 * 60
NONE = "none"


def open_poll_data():
    data = cache.get(CACHE_KEY)
    if data is None:
        now = timezone.now()
        poll = (
            PollPage.objects.live().public().filter(opens_at__lte=now, closes_at__gt=now).order_by("-opens_at").first()
        )
        timeout = CACHE_SECONDS
        if poll is None:
            data = NONE
        else:
            data = {"question": poll.question, "url": poll.get_url(), "closes_at": poll.closes_at}
            timeout = max(1, min(CACHE_SECONDS, int((poll.closes_at - now).total_seconds())))
        cache.set(CACHE_KEY, data, timeout)
    return None if data == NONE else data


def forget(**kwargs):
    cache.delete(CACHE_KEY)
