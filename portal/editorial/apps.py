from django.apps import AppConfig


class EditorialConfig(AppConfig):
    """The editorial board of each portal: its record, the approval queue, the audit log, two-factor login."""

    name = "portal.editorial"
    label = "editorial"
    verbose_name = "Ban Biên tập"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here: receivers import models, which exist only once every app is loaded.
        from portal.editorial import receivers  # noqa: F401
        from portal.editorial.projection import EDITORIAL
        from tenants.projections import register as register_projection

        register_projection(EDITORIAL)
