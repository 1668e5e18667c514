from django.apps import AppConfig


class YearbookConfig(AppConfig):
    """ "Niên giám thống kê": 5-year statistics per school, aggregated on the district's portal."""

    name = "portal.yearbook"
    label = "yearbook"
    verbose_name = "Niên giám thống kê"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here, not at the top: app loading (these modules import models, which exist only once
        # every app's models are registered).
        from portal.yearbook.projection import YEARBOOK
        from tenants.projections import register as register_projection

        register_projection(YEARBOOK)
