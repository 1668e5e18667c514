from django.apps import AppConfig


class YearbookConfig(AppConfig):
    name = "portal.yearbook"
    label = "yearbook"
    verbose_name = "Niên giám thống kê"
    default_auto_field = "django.db.models.BigAutoField"
