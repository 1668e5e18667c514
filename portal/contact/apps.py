from django.apps import AppConfig


class ContactConfig(AppConfig):
    """Liên hệ (issue 18): the contact desk, messages routed to the official address the visitor picks."""

    name = "portal.contact"
    label = "contact"
    verbose_name = "Liên hệ"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.contact import receivers  # noqa: F401  (scaffolds the contact page of every portal)
