from django.apps import AppConfig


class OrganizationConfig(AppConfig):
    """ "Giới thiệu": functions, history, organization chart and leaders' contacts."""

    name = "portal.organization"
    label = "organization"
    verbose_name = "Giới thiệu và tổ chức"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.core.sections import SectionSpec, mandated_sections, register_section

        base = next(spec for spec in mandated_sections() if spec.key == "gioi-thieu")
        register_section(
            SectionSpec(base.key, base.title, base.slug, base.intro, model="organization.OrganizationPage")
        )
