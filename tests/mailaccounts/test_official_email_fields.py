"""Every model field that holds an official e-mail address carries the one official-email validator.

A guard over all installed apps, so a field added later by any app ("thư điện tử chính thức",
"hộp thư công vụ") cannot forget to refuse Gmail, Yahoo, Hotmail, Outlook...
"""

from django.apps import apps
from django.db import models

from tenants.validators import validate_official_email

OFFICIAL_WORDS = ("chính thức", "công vụ")


def official_email_fields():
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if isinstance(field, models.EmailField) and any(
                w in str(field.verbose_name).lower() for w in OFFICIAL_WORDS
            ):
                yield model, field


def test_every_official_email_field_refuses_webmail():
    found = list(official_email_fields())
    labels = {f"{model._meta.label}.{field.name}" for model, field in found}
    # The known ones are found (the guard looks where it should).
    assert {
        "tenants.Portal.email",
        "organization.LeaderContact.email",
        "mailaccounts.RegulationsRecord.email_focal_email",
    } <= labels
    missing = [
        f"{model._meta.label}.{field.name}" for model, field in found if validate_official_email not in field.validators
    ]
    assert not missing, f"official e-mail fields without validate_official_email: {missing}"
