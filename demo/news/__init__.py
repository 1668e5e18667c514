"""Demo news, events and notices for the district and every school (``seed_demo``).

Idempotent: pages are matched by slug, categories by slug, images by title; a
page gets a new revision only when a value differs. The pinned notice stays
pinned for 30 days from the first seed; a later run re-pins it only once that
date has passed. Random numbers come from a generator seeded by the portal and
the item (not the shared one), so other seeders cannot shift them.
"""

import datetime
import random

from django.utils import timezone

from demo.news import content
from demo.news.images import banner_image
from demo.pages import save_page as save_page_with_body
from portal.core.models import HomePage
from portal.news.models import (
    EventPage,
    NewsArticlePage,
    NewsArticleRelatedLink,
    NewsCategory,
    NewsIndexPage,
    NoticeIndexPage,
    NoticePage,
)

PIN_DAYS = 30
# (article slug, related article slug): a manually chosen "Tin liên quan" in every school.
RELATED = [("le-khai-giang-nam-hoc-2026-2027", "le-tong-ket-nam-hoc-2025-2026")]
NEWS_INTRO = "<p>Tin tức về các hoạt động dạy và học, phong trào thi đua và sự kiện của {name}.</p>"
NOTICE_INTRO = "<p>Thông báo lịch công tác, lịch họp phụ huynh và các thông báo khác của đơn vị.</p>"


def _stream_raw(paragraphs, quote=None):
    raw = [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in paragraphs]
    if quote:
        raw.insert(1, {"type": "quote", "value": {"text": quote, "source": ""}})
    return raw


def _aware(parts):
    return timezone.make_aware(datetime.datetime(*parts)) if parts else None


def save_page(parent, model, slug, values):
    """News items carry their body among their values."""
    values = dict(values)
    body = values.pop("body")
    return save_page_with_body(parent, model, slug, values, body)


def ensure_related(news_index):
    """Add the demo's chosen related article through a published revision (once)."""
    for slug, related_slug in RELATED:
        page = NewsArticlePage.objects.child_of(news_index).filter(slug=slug).first()
        related = NewsArticlePage.objects.child_of(news_index).filter(slug=related_slug).first()
        if page is None or related is None or page.related_links.filter(related_page=related).exists():
            continue
        page.related_links.add(NewsArticleRelatedLink(related_page=related))
        page.save_revision().publish()


def ensure_categories(portal):
    pairs = content.DISTRICT_CATEGORIES if portal.is_district else content.CATEGORIES
    categories = {}
    for order, (name, slug) in enumerate(pairs):
        category, _ = NewsCategory.objects.get_or_create(slug=slug, defaults={"name": name, "sort_order": order})
        categories[slug] = category
    return categories


def _fill(text, portal, demo, rng):
    return text.format(
        name=portal.name, short=portal.display_short_name, principal=demo.principal, n=rng.randint(12, 480)
    )


def item_values(item, portal, demo, categories, with_image=True):
    rng = random.Random(f"{portal.schema_name}:{item['slug']}")  # noqa: S311  # nosec - demo content only
    values = {
        "title": item["title"],
        "date": item["date"],
        "summary": _fill(item["summary"], portal, demo, rng),
        "body": _stream_raw([_fill(text, portal, demo, rng) for text in item["body"]], item.get("quote")),
    }
    if "category" in item:
        values["category"] = categories[item["category"]]
        values["author"] = "Ban Biên tập"
    if with_image:
        caption = categories[item["category"]].name if "category" in item else portal.display_short_name
        values["featured_image"] = banner_image(
            item["title"], f"{portal.display_short_name} · {caption}", f"{portal.schema_name}-{item['slug']}", rng
        )
    if "reposted" in item:
        values["author"], values["source"], values["source_url"] = item["reposted"]
        values["is_reposted"] = True
    return values


def pinned_until(existing, date):
    """Keep a pin that is still in the future; otherwise pin for PIN_DAYS from today."""
    today = timezone.localdate()
    if existing is not None and existing.pinned_until and existing.pinned_until >= today:
        return existing.pinned_until
    return max(today, date) + datetime.timedelta(days=PIN_DAYS)


def seed_news(portal, demo, rng):
    home = HomePage.objects.first()
    news_index = NewsIndexPage.objects.child_of(home).first()
    notice_index = NoticeIndexPage.objects.child_of(home).first()
    if news_index is None or notice_index is None:
        return
    for index, intro in ((news_index, NEWS_INTRO), (notice_index, NOTICE_INTRO)):
        intro = intro.format(name=portal.name)
        if index.intro != intro:
            index.intro = intro
            index.save_revision().publish()
    categories = ensure_categories(portal)
    district = portal.is_district
    for item in content.DISTRICT_ARTICLES if district else content.SCHOOL_ARTICLES:
        save_page(news_index, NewsArticlePage, item["slug"], item_values(item, portal, demo, categories))
    ensure_related(news_index)
    for item in content.DISTRICT_EVENTS if district else content.SCHOOL_EVENTS:
        values = item_values(item, portal, demo, categories)
        values.update(
            start_at=_aware(item["start"]), end_at=_aware(item["end"]), place=item["place"], organiser=item["organiser"]
        )
        save_page(news_index, EventPage, item["slug"], values)
    for item in content.DISTRICT_NOTICES if district else content.SCHOOL_NOTICES:
        values = item_values(item, portal, demo, categories, with_image=False)
        if item.get("pinned"):
            existing = NoticePage.objects.child_of(notice_index).filter(slug=item["slug"]).first()
            values["pinned_until"] = pinned_until(existing, item["date"])
        save_page(notice_index, NoticePage, item["slug"], values)
