from django.apps import AppConfig


class PersonalDataConfig(AppConfig):
    """Dữ liệu cá nhân: the one privacy layer every feature app uses (Law 91/2025/QH15).

    Between the core and the feature apps: features *declare* the models holding personal data
    (``portal.personal_data.registry.declare`` in their ``AppConfig.ready``); this app builds the
    public register from the declarations, records consent, expires publications, answers data-subject
    requests (export, erasure) and logs staff access. It never imports a feature app.
    """

    name = "portal.personal_data"
    label = "personal_data"
    verbose_name = "Dữ liệu cá nhân"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.personal_data import receivers  # noqa: F401
        from portal.personal_data.projection import PRIVACY
        from portal.personal_data.registry import declare_own_models
        from tenants.projections import register as register_projection

        register_projection(PRIVACY)
        declare_own_models()
