"""URLs of portal.feeds (mounted at /rss/ by portal.urls)."""

from django.urls import path

from portal.feeds import views
from portal.feeds.syndication import SchoolsNewsAtomFeed, SchoolsNewsFeed, feed_view

app_name = "feeds"

urlpatterns = [
    path("", views.feed_list_view, name="list"),
    path("tin-phong/", views.incoming_view, name="incoming"),
    path("tin-tuc/", feed_view("news"), name="news"),
    path("tin-tuc/atom/", feed_view("news", atom=True), name="news_atom"),
    path("thong-bao/", feed_view("notice"), name="notices"),
    path("thong-bao/atom/", feed_view("notice", atom=True), name="notices_atom"),
    path("van-ban/", feed_view("document"), name="documents"),
    path("van-ban/atom/", feed_view("document", atom=True), name="documents_atom"),
    path("tin-cac-truong/", SchoolsNewsFeed(), name="schools_news"),
    path("tin-cac-truong/atom/", SchoolsNewsAtomFeed(), name="schools_news_atom"),
]
