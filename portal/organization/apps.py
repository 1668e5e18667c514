from django.apps import AppConfig


class OrganizationConfig(AppConfig):
    name = "portal.organization"
    label = "organization"
    verbose_name = "Giới thiệu và tổ chức"
    default_auto_field = "django.db.models.BigAutoField"
