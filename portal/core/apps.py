from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The shared core: base page, home page, mandated sections, site settings.

    Depends on no feature app; feature apps register their sections here.
    """

    name = "portal.core"
    label = "core"
    verbose_name = "Lõi cổng thông tin"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.core import receivers  # noqa: F401
