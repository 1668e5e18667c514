from django.apps import AppConfig


class TenantsConfig(AppConfig):
    """The floor of the house: portals, domains and public-schema projections.

    Knows no feature app (see docs/architecture.md, Layers).
    """

    name = "tenants"
    verbose_name = "Cổng thông tin và trường học"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here, not at the top: app loading (the modules import Wagtail's page models).
        from tenants import (
            connections,
            first_login,  # noqa: F401  (connects the login receiver)
            projections,
            stamps,
        )

        projections.connect()
        stamps.connect()
        connections.connect()
