from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Operating the platform: health, metrics, the TLS "ask" endpoint, worker heartbeat, upgrades.

    A SHARED app (public schema only): its rows describe the installation, not a portal.
    """

    name = "portal.ops"
    label = "ops"
    verbose_name = "Vận hành"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here: the receiver module imports models, which exist only once apps are loaded.
        from portal.ops import receivers  # noqa: F401  (records the worker's periodic task runs)
