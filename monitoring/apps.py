from django.apps import AppConfig


class MonitoringConfig(AppConfig):
    """The district's monitoring of every school (issue 14, items 3-7): public-schema tables only."""

    name = "monitoring"
    verbose_name = "Giám sát cổng các trường"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from monitoring import receivers
        from monitoring.health import HEALTH
        from tenants import projections

        projections.register(HEALTH)
        receivers.connect()
