from django.apps import AppConfig


class DocumentsPublicConfig(AppConfig):
    """Public-schema projection of the district's legal documents, read by every school (SHARED_APPS only)."""

    name = "documents_public"
    label = "documents_public"
    verbose_name = "Văn bản của Phòng GD&ĐT (dùng chung)"
    default_auto_field = "django.db.models.BigAutoField"
