from django.apps import AppConfig


class PollsConfig(AppConfig):
    """Thăm dò ý kiến (issue 18): anonymous polls with open and close dates."""

    name = "portal.polls"
    label = "polls"
    verbose_name = "Thăm dò ý kiến"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.polls import receivers  # noqa: F401  (scaffolds the polls page of every portal)
