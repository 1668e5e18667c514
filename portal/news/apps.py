from django.apps import AppConfig


class NewsConfig(AppConfig):
    """News articles, events and notices: two mandated sections and the home page's latest items."""

    name = "portal.news"
    label = "news"
    verbose_name = "Tin tức, sự kiện và thông báo"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.news import projection  # noqa: F401  (connects the publish/unpublish receivers)
