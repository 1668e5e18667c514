from django.apps import AppConfig


class MailAccountsConfig(AppConfig):
    """Official e-mail accounts registered per the letter's annex form (public schema only)."""

    name = "mailaccounts"
    verbose_name = "Thư điện tử công vụ"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here: tenants.validators reads settings at import and must not load during app loading.
        from tenants.validators import register_official_domains

        register_official_domains(service_domains)


def service_domains():
    """The mail domains the supervising bodies configured (``MailService``): official by definition."""
    from mailaccounts.models import MailService  # models cannot be imported while apps load

    return MailService.objects.values_list("domain", flat=True)
