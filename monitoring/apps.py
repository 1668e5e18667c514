from django.apps import AppConfig


class MonitoringConfig(AppConfig):
    """The district's monitoring of every school (issue 14, items 3-7): public-schema tables only."""

    name = "monitoring"
    verbose_name = "Giám sát cổng các trường"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from monitoring import receivers

        # The health snapshot is written through tenants.projections (refresh/schedule) but not registered:
        # it summarizes a whole portal, not a page that moves, goes private or is deleted (the registry's
        # page-event suite in tests/tenants/test_projections.py does not apply to it).
        receivers.connect()
