from portal.news.models.article import NewsArticlePage, NewsArticleRelatedLink
from portal.news.models.category import NewsCategory
from portal.news.models.event import EventPage, EventRelatedLink
from portal.news.models.index import NewsIndexPage
from portal.news.models.notice import NoticeIndexPage, NoticePage

__all__ = [
    "EventPage",
    "EventRelatedLink",
    "NewsArticlePage",
    "NewsArticleRelatedLink",
    "NewsCategory",
    "NewsIndexPage",
    "NoticeIndexPage",
    "NoticePage",
]
