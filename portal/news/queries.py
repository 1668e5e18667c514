"""Queries shared by the news list, the home page and related items.

Articles and events live in two tables; a UNION of ``(id, date, kind)`` rows
orders and paginates them in SQL, then only the rows on screen are loaded (one
query per page type present, images and their renditions prefetched).
"""

from zoneinfo import ZoneInfo

from django.apps import apps
from django.db.models import CharField, Prefetch, Value
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Page

from portal.news.renditions import THUMBNAIL_SPECS

# Pins end with the day in Vietnam, whatever time zone a request activated.
PORTAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def _news_models():
    """The page models, from the app registry: the models call these helpers, so no import back."""
    return {"article": apps.get_model("news", "NewsArticlePage"), "event": apps.get_model("news", "EventPage")}


def visible(queryset, private_q=None):
    """Live pages outside private sections (``private_q`` computed once per request when given)."""
    return queryset.live().exclude(private_q if private_q is not None else Page.objects.private_q())


def news_rows(parent=None, category=None, exclude=(), private_q=None):
    """Ordered UNION of ``(id, date, first_published_at, kind)`` of visible articles and events."""
    private_q = private_q if private_q is not None else Page.objects.private_q()
    parts = []
    for kind, model in _news_models().items():
        queryset = visible(model.objects.all(), private_q)
        if parent is not None:
            queryset = queryset.child_of(parent)
        if category is not None:
            queryset = queryset.filter(category=category)
        if exclude:
            queryset = queryset.exclude(pk__in=list(exclude))
        parts.append(
            queryset.annotate(kind=Value(kind, output_field=CharField()))
            .values_list("id", "date", "first_published_at", "kind")
            .order_by()
        )
    return parts[0].union(*parts[1:], all=True).order_by("-date", "-first_published_at", "-id")


def with_thumbnails(queryset):
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=THUMBNAIL_SPECS)
    return queryset.select_related("featured_image", "category").prefetch_related(
        Prefetch("featured_image__renditions", queryset=renditions, to_attr="prefetched_renditions")
    )


def load_news_pages(rows):
    """The specific pages for UNION rows, in the rows' order."""
    rows = list(rows)
    wanted = {}
    for row in rows:
        wanted.setdefault(row[3], []).append(row[0])
    loaded = {}
    for kind, pks in wanted.items():
        model = _news_models()[kind]
        loaded.update({page.pk: page for page in with_thumbnails(model.objects.filter(pk__in=pks))})
    return [loaded[row[0]] for row in rows if row[0] in loaded]


def latest_news(limit=5, private_q=None):
    return load_news_pages(news_rows(private_q=private_q)[:limit])


def related_news(page, limit=3):
    """Pages the editor chose (live, in order), then the latest ``limit`` of the same category."""
    private_q = Page.objects.private_q()
    chosen_ids = [link.related_page_id for link in page.related_links.all() if link.related_page_id]
    chosen = []
    if chosen_ids:
        pages = visible(Page.objects.filter(pk__in=chosen_ids), private_q).specific()
        by_id = {p.pk: p for p in pages}
        chosen = [by_id[pk] for pk in chosen_ids if pk in by_id]
    same_category = []
    if page.category_id:
        rows = news_rows(category=page.category, exclude=[page.pk, *chosen_ids], private_q=private_q)[:limit]
        same_category = load_news_pages(rows)
    return chosen, same_category


def vn_today(now=None):
    """Today's date in Asia/Ho_Chi_Minh (``now``: an aware datetime, default the current time)."""
    return (now or timezone.now()).astimezone(PORTAL_TZ).date()


def notices(limit=5, private_q=None, today=None):
    """``(pinned, latest)`` visible notices: pinned ones still pinned today (inclusive), then the latest others."""
    today = today or vn_today()
    queryset = visible(apps.get_model("news", "NoticePage").objects.all(), private_q)
    pinned = list(queryset.filter(pinned_until__gte=today).order_by("-date", "-first_published_at", "-pk")[:limit])
    latest = list(
        queryset.exclude(pk__in=[n.pk for n in pinned]).order_by("-date", "-first_published_at", "-pk")[:limit]
    )
    return pinned, latest
