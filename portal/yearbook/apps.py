from django.apps import AppConfig


class YearbookConfig(AppConfig):
    """ "Niên giám thống kê": 5-year statistics per school, aggregated on the district's portal."""

    name = "portal.yearbook"
    label = "yearbook"
    verbose_name = "Niên giám thống kê"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.core.sections import SectionSpec, mandated_sections, register_section
        from portal.yearbook import receivers

        base = next(spec for spec in mandated_sections() if spec.key == "thong-ke")
        register_section(SectionSpec(base.key, base.title, base.slug, base.intro, model="yearbook.YearbookPage"))
        receivers.connect()
