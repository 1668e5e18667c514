from django.apps import AppConfig


class DisclosureConfig(AppConfig):
    """ "Công khai": disclosure items and deadlines (Thông tư 09/2024/TT-BGDĐT)."""

    name = "disclosure"
    verbose_name = "Công khai"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here, not at the top: these modules import models, which exist only once apps are loaded.
        from disclosure import receivers
        from disclosure.projection import COMPLIANCE
        from tenants.projections import register as register_projection

        register_projection(COMPLIANCE)
        receivers.connect()
