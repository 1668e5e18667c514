"""Old addresses of a NukeViet site (rewrite on): ``/news/<cat>/<alias>-<id>.html``, ``/laws/detail/<alias>-<id>/``,
``/page/<alias>.html``; the module name may have been renamed (``/tin-tuc/...``), so it is any word."""

from django.urls import re_path

from nukeviet_import import views

urlpatterns = [
    re_path(r"^(?P<path>[\w-]+/[\w-]+/[\w-]*?-?(?P<source_id>\d+)\.html)$", views.news_article),
    re_path(r"^(?P<path>[\w-]+/detail/[\w-]*?-?(?P<source_id>\d+)/?)$", views.law),
    re_path(r"^(?P<path>page/(?P<alias>[\w-]+)\.html)$", views.static_page),
]
