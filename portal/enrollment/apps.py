from django.apps import AppConfig


class EnrollmentConfig(AppConfig):
    """ "Tuyển sinh": plans, admission notices with registration status, candidate lists."""

    name = "portal.enrollment"
    label = "enrollment"
    verbose_name = "Tuyển sinh"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.core.sections import SectionSpec, mandated_sections, register_section

        base = next(spec for spec in mandated_sections() if spec.key == "tuyen-sinh")
        register_section(
            SectionSpec(base.key, base.title, base.slug, base.intro, model="enrollment.EnrollmentIndexPage")
        )
