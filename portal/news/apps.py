from django.apps import AppConfig


class NewsConfig(AppConfig):
    """News articles, events and notices: two mandated sections and the home page's latest items."""

    name = "portal.news"
    label = "news"
    verbose_name = "Tin tức, sự kiện và thông báo"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here, not at the top: app loading (these modules import models, which exist only once
        # every app's models are registered).
        from portal.news.projection import NEWS, NOTICES
        from tenants.projections import register as register_projection

        register_projection(NEWS)
        register_projection(NOTICES)
