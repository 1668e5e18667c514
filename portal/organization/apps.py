from django.apps import AppConfig


class OrganizationConfig(AppConfig):
    """ "Giới thiệu": functions, history, organization chart and leaders' contacts."""

    name = "portal.organization"
    label = "organization"
    verbose_name = "Giới thiệu và tổ chức"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.organization import receivers  # noqa: F401 - connects the scaffold receiver
