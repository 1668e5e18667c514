from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    """Tài nguyên số (letter III.3, item 11): each portal's resources and the district's shared library."""

    name = "portal.resources"
    label = "resources"
    verbose_name = "Tài nguyên số"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.core.sections import SectionSpec, register_section
        from portal.resources import receivers  # noqa: F401

        register_section(
            SectionSpec(
                "tai-nguyen",
                "Tài nguyên số",
                "tai-nguyen-so",
                "Học liệu số, bài giảng e-learning, sách điện tử, phần mềm; thư viện tài nguyên "
                "dùng chung của Phòng GD&ĐT và của Bộ GD&ĐT.",
                model="resources.ResourceIndexPage",
            )
        )
