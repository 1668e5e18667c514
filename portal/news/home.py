"""The news app's boxes on the home page: pinned and latest notices, latest news.

Registered with ``portal.core.models.home.register_home_context`` in
``NewsConfig.ready`` so the core does not import this app.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from portal.news.queries import latest_news, notices

HOME_NEWS_LIMIT = 5
HOME_NOTICE_LIMIT = 5


def section_pages(home):
    """The live news and notice section pages under ``home`` (one query), keyed by model name."""
    from portal.news.models import NewsIndexPage, NoticeIndexPage

    content_types = ContentType.objects.get_for_models(NewsIndexPage, NoticeIndexPage)
    by_type = {ct.pk: model._meta.model_name for model, ct in content_types.items()}
    found = {}
    for page in Page.objects.child_of(home).live().filter(content_type__in=list(by_type)).order_by("path"):
        found.setdefault(by_type[page.content_type_id], page)
    return found


def home_context(home, request):
    private_q = Page.objects.private_q()
    pinned, latest = notices(HOME_NOTICE_LIMIT, private_q)
    sections = section_pages(home)
    return {
        "latest_news": latest_news(HOME_NEWS_LIMIT, private_q),
        "pinned_notices": pinned,
        "latest_notices": latest,
        "news_index": sections.get("newsindexpage"),
        "notice_index": sections.get("noticeindexpage"),
        "home_boxes": ["news/includes/home_news.html"],
        "home_stylesheets": ["css/news.css"],
    }
