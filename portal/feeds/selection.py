"""Which pages an outgoing feed lists, chosen by a class attribute rather than by importing page types.

A page type declares ``feed_kind = "news"`` (or ``"notice"``, ``"document"``) to appear in that feed.
While no installed page type declares a kind, its feed lists every live public page that is neither
the home page nor a section root, newest first, so a new portal's feeds are never empty by accident.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from wagtail.models import Page, get_page_models

from portal.search.documents import page_body

FEED_LIMIT = 20
SUMMARY_CHARS = 300
SECTION_ROOT_DEPTH = 3  # root (1) > home (2) > section roots (3)

KINDS = {
    "news": "Tin tức - Sự kiện",
    "notice": "Thông báo",
    "document": "Văn bản",
}


# URL slug under /rss/ of each kind's feed (portal.feeds.urls).
FEED_SLUGS = {"news": "tin-tuc", "notice": "thong-bao", "document": "van-ban"}
SCHOOLS_NEWS = {"title": "Tin tức các trường", "rss": "/rss/tin-cac-truong/", "atom": "/rss/tin-cac-truong/atom/"}


def outgoing_feeds(portal, kinds=None):
    """[{kind, title, rss, atom}] of the portal's feeds (``kinds`` limits them); the district adds its schools'."""
    feeds = [
        {"kind": kind, "title": title, "rss": f"/rss/{FEED_SLUGS[kind]}/", "atom": f"/rss/{FEED_SLUGS[kind]}/atom/"}
        for kind, title in KINDS.items()
        if kinds is None or kind in kinds
    ]
    if portal.is_district and kinds is None:
        feeds.append({"kind": "schools", **SCHOOLS_NEWS})
    return feeds


def listing_kinds(page):
    """The feed kinds a listing page's children belong to (a news section lists "news"), from its subpage types."""
    return {kind for model in page.specific_class.allowed_subpage_models() if (kind := getattr(model, "feed_kind", ""))}


def feed_models(kind):
    return [model for model in get_page_models() if getattr(model, "feed_kind", None) == kind]


def feed_pages(kind, limit=FEED_LIMIT):
    """The newest live, public pages of a feed kind, as specific pages."""
    queryset = Page.objects.live().public()
    models = feed_models(kind)
    queryset = queryset.type(*models) if models else queryset.filter(depth__gt=SECTION_ROOT_DEPTH)
    return list(queryset.order_by("-first_published_at", "-pk")[:limit].specific())


def publication_time(page):
    """The date a page shows (``search_date``) at the time of day it was first published."""
    first = page.first_published_at or page.last_published_at or timezone.now()
    value = getattr(page, "search_date", None)
    if callable(value):
        value = value()
    if isinstance(value, datetime.datetime):
        return value if timezone.is_aware(value) else timezone.make_aware(value)
    if isinstance(value, datetime.date):
        return timezone.make_aware(datetime.datetime.combine(value, timezone.localtime(first).time()))
    return first


def summary(page):
    """The page's own summary when it has one, else its description, else the start of its text."""
    get_summary = getattr(page, "get_summary", None)
    text = get_summary() if callable(get_summary) else ""
    text = text or page.search_description or page_body(page)
    if len(text) > SUMMARY_CHARS:
        text = text[: SUMMARY_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return text


@dataclass(frozen=True)
class Entry:
    """One feed item, with everything already absolute and plain."""

    title: str
    link: str
    description: str
    published: datetime.datetime
    updated: datetime.datetime
    author: str = ""
    categories: tuple = ()


def page_entries(kind, base_url, limit=FEED_LIMIT):
    """Feed entries of the current portal; links are ``base_url`` + the page's path (own domain)."""
    entries = []
    for page in feed_pages(kind, limit):
        parts = page.get_url_parts()
        if not parts:
            continue
        published = publication_time(page)
        entries.append(
            Entry(
                title=page.title,
                link=base_url.rstrip("/") + parts[2],
                description=summary(page),
                published=published,
                updated=max(published, page.last_published_at or published),
                author=author if isinstance(author := getattr(page, "author", ""), str) else "",
            )
        )
    return entries
