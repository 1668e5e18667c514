from django.apps import AppConfig


class GalleryConfig(AppConfig):
    """Thư viện ảnh - Video (issue 18): photo albums and videos of school activities."""

    name = "portal.gallery"
    label = "gallery"
    verbose_name = "Thư viện ảnh - Video"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.gallery import receivers  # noqa: F401  (scaffolds the gallery page of every portal)
