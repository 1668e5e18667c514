from django.apps import AppConfig


class DisclosureConfig(AppConfig):
    """ "Công khai": disclosure items and deadlines (Thông tư 09/2024/TT-BGDĐT)."""

    name = "disclosure"
    verbose_name = "Công khai"
    default_auto_field = "django.db.models.BigAutoField"
