from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    """Legal-document registry (văn bản chỉ đạo, quy định)."""

    name = "documents"
    verbose_name = "Văn bản chỉ đạo, quy định"
    default_auto_field = "django.db.models.BigAutoField"
