from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    name = "portal.resources"
    label = "resources"
    verbose_name = "Tài nguyên số"
    default_auto_field = "django.db.models.BigAutoField"
