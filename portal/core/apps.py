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
        # Imported here, not at the top: app loading (these modules import models, which exist only once
        # every app's models are registered).
        from portal.core import admin_urls, receivers  # noqa: F401

        admin_urls.install()
