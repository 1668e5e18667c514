from django.apps import AppConfig


class MailAccountsConfig(AppConfig):
    """Official e-mail accounts registered per the letter's annex form."""

    name = "mailaccounts"
    verbose_name = "Thư điện tử công vụ"
    default_auto_field = "django.db.models.BigAutoField"
