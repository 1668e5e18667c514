from django.apps import AppConfig


class VisitsConfig(AppConfig):
    """Lượt truy cập (issue 18): visitor statistics without cookies or third parties, daily aggregates."""

    name = "portal.visits"
    label = "visits"
    verbose_name = "Thống kê truy cập"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.visits import receivers  # noqa: F401  (drops the cached box when the setting changes)
        from portal.visits.projection import VISITS
        from tenants.projections import register

        register(VISITS)
