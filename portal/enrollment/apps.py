from django.apps import AppConfig


class EnrollmentConfig(AppConfig):
    name = "portal.enrollment"
    label = "enrollment"
    verbose_name = "Tuyển sinh"
    default_auto_field = "django.db.models.BigAutoField"
