"""What news articles, events and notices project into the public schema (``tenants.projections``).

Why: the district home page and its combined RSS list the latest news of every school in one query
instead of entering 55+ schemas in a request. Articles and events are kind ``news``, notices kind
``notice``. Rows hold the page's path and the thumbnail rendition's path, never an absolute URL
(the school's Site hostname is the school's to edit); readers add the registry's domain.
"""

import datetime

from django.utils import timezone

from portal.text import nfc
from tenants import projections


def published_at(page):
    """The page's date at the time of day it was first published (Asia/Ho_Chi_Minh)."""
    first = page.first_published_at or timezone.now()
    moment = datetime.datetime.combine(page.date, timezone.localtime(first).time())
    return timezone.make_aware(moment)


def build_row(page):
    parts = page.get_url_parts()
    if not parts or not parts[2]:
        return None
    return {
        "title": nfc(page.title)[:500],
        "path": parts[2],
        "summary": nfc(page.get_summary() or "")[:2000],
        "image_path": page.thumbnail_path(),
        "published_at": published_at(page),
    }


NEWS = projections.published_item("news", build=build_row, page_models=("news.NewsArticlePage", "news.EventPage"))
NOTICES = projections.published_item("notice", build=build_row, page_models=("news.NoticePage",))
