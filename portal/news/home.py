"""The news app's box on the home page: pinned and latest notices, latest news.

Offered through the ``portal_home_box`` hook (``portal/news/wagtail_hooks.py``) so the core
does not import this app.
"""

from django.db.models import Case, Q, Value, When
from wagtail.models import Page

from portal.core.hooks import HomeBox
from portal.news.queries import latest_news, notices

HOME_NEWS_LIMIT = 5
HOME_NOTICE_LIMIT = 5


def section_pages(home):
    """The first live news and notice section pages under ``home``, keyed by model name.

    One query joining the two page tables; no ContentType lookup (that cache is
    cleared on every tenant switch, so it would cost a query per request).
    """
    kind = Case(When(newsindexpage__isnull=False, then=Value("newsindexpage")), default=Value("noticeindexpage"))
    pages = (
        Page.objects.child_of(home)
        .live()
        .filter(Q(newsindexpage__isnull=False) | Q(noticeindexpage__isnull=False))
        .annotate(index_kind=kind)
        .order_by("path")
    )
    found = {}
    for page in pages:
        found.setdefault(page.index_kind, page)
    return found


def home_box(home, request):
    private_q = Page.objects.private_q()
    pinned, latest = notices(HOME_NOTICE_LIMIT, private_q)
    sections = section_pages(home)
    context = {
        "latest_news": latest_news(HOME_NEWS_LIMIT, private_q),
        "pinned_notices": pinned,
        "latest_notices": latest,
        "news_index": sections.get("newsindexpage"),
        "notice_index": sections.get("noticeindexpage"),
    }
    return HomeBox("news/includes/home_news.html", order=100, context=context, stylesheets=("css/news.css",))
