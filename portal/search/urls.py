"""URLs of portal.search (mounted at /tim-kiem/ by portal.urls)."""

from django.urls import path

from portal.search.views import search_view

app_name = "search"

urlpatterns = [
    path("", search_view, name="results"),
]
