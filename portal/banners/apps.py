from django.apps import AppConfig


class BannersConfig(AppConfig):
    """Banners and the hub of sector systems (issue 18)."""

    name = "portal.banners"
    label = "banners"
    verbose_name = "Banner quảng bá"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.banners import receivers  # noqa: F401  (scaffolding, cache invalidation)
