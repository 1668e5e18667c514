"""The base page every public page type extends.

Why: one place for NFC normalization of every text field (TCVN 6909:2001 is
Unicode, editors paste NFD from macOS), and for metadata shared by all pages.
https://docs.wagtail.org/en/stable/topics/pages.html
"""

from django.db import models
from wagtail.fields import RichTextField
from wagtail.models import Page

from portal.text import nfc


def normalize_instance_text(instance):
    """NFC-normalize every char/text field and every rich text value of a model instance."""
    for field in instance._meta.concrete_fields:
        if isinstance(field, (models.CharField, models.TextField, RichTextField)):
            value = getattr(instance, field.attname, None)
            if isinstance(value, str):
                setattr(instance, field.attname, nfc(value))


class BasePage(Page):
    """Abstract base: normalizes text on clean and save."""

    class Meta:
        abstract = True

    def full_clean(self, *args, **kwargs):
        normalize_instance_text(self)
        super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        normalize_instance_text(self)
        return super().save(*args, **kwargs)


class MandatedSectionMixin(models.Model):
    """Marks the root page of a mandated section; such pages cannot be deleted.

    ``section_key`` matches a key in ``portal.core.sections``.
    """

    section_key = models.CharField(
        "mã chuyên mục bắt buộc", max_length=40, blank=True, editable=False, db_index=True
    )

    class Meta:
        abstract = True

