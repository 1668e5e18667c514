from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    """Legal-document registry (văn bản chỉ đạo, quy định): claims the mandated section ``van-ban``."""

    name = "documents"
    verbose_name = "Văn bản chỉ đạo, quy định"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from documents import receivers  # noqa: F401
        from portal.core.sections import SectionSpec, mandated_sections, register_section

        current = {spec.key: spec for spec in mandated_sections()}.get("van-ban")
        register_section(
            SectionSpec(
                key="van-ban",
                title=current.title if current else "Văn bản chỉ đạo, quy định",
                slug=current.slug if current else "van-ban",
                intro=current.intro if current else "Văn bản chỉ đạo, quy định có liên quan.",
                model="documents.DocumentIndexPage",
            )
        )
