from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "portal.news"
    label = "news"
    verbose_name = "Tin tức, sự kiện và thông báo"
    default_auto_field = "django.db.models.BigAutoField"
