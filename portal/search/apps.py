from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Full-text search: one Whoosh index per portal, updated through a public-schema queue."""

    name = "portal.search"
    label = "portal_search"
    verbose_name = "Tìm kiếm"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here, not at the top: app loading (these modules import models, which exist only once
        # every app's models are registered).
        from portal.search import receivers  # noqa: F401  (connects the queueing signals)
