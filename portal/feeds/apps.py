from django.apps import AppConfig


class FeedsConfig(AppConfig):
    """RSS in (aggregated sources per portal) and out (news, notices, documents)."""

    name = "portal.feeds"
    label = "feeds"
    verbose_name = "Nguồn tin RSS"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here, not at the top: app loading (these modules import models, which exist only once
        # every app's models are registered).
        from portal.feeds import receivers  # noqa: F401  (district source for every school)
