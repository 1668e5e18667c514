from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    """Tài nguyên số (letter III.3, item 11): each portal's resources and the district's shared library."""

    name = "portal.resources"
    label = "resources"
    verbose_name = "Tài nguyên số"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here, not at the top: app loading (these modules import models, which exist only once
        # every app's models are registered).
        from portal.resources import receivers  # noqa: F401  (connects the system-links receivers)
        from portal.resources.projection import RESOURCES
        from tenants.projections import register as register_projection

        register_projection(RESOURCES)
