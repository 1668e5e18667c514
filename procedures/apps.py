from django.apps import AppConfig


class ProceduresConfig(AppConfig):
    """ "Thủ tục - Biểu mẫu": procedures, online forms, consultation and look-ups."""

    name = "procedures"
    verbose_name = "Thủ tục - Biểu mẫu"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here: receivers import models, which exist only once every app is loaded.
        from procedures import receivers  # noqa: F401
        from procedures.privacy import declare_personal_data
        from procedures.projection import QA_TIMELINESS
        from tenants.projections import register as register_projection

        register_projection(QA_TIMELINESS)
        declare_personal_data()
