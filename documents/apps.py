from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    """Legal-document registry (văn bản chỉ đạo, quy định); the ``van-ban`` section is claimed in wagtail_hooks."""

    name = "documents"
    verbose_name = "Văn bản chỉ đạo, quy định"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here, not at the top: app loading (these modules import models, which exist only once
        # every app's models are registered).
        from documents import receivers  # noqa: F401
        from documents.projection import DISTRICT_DOCUMENTS
        from tenants.projections import register as register_projection

        register_projection(DISTRICT_DOCUMENTS)
