from django.apps import AppConfig


class EnrollmentConfig(AppConfig):
    """ "Tuyển sinh": plans, admission notices with registration status, candidate lists."""

    name = "portal.enrollment"
    label = "enrollment"
    verbose_name = "Tuyển sinh"
    default_auto_field = "django.db.models.BigAutoField"
