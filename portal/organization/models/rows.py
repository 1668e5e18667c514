"""Base class of the inline rows of the organization page."""

from wagtail.models import Orderable

from portal.core.models.base import normalize_instance_text


class NormalizedOrderable(Orderable):
    """An orderable inline row whose text is NFC-normalized on clean and save (TCVN 6909:2001).

    ``BasePage`` normalizes the page's own fields only; inline rows are separate models.
    """

    class Meta(Orderable.Meta):
        abstract = True

    def clean(self):
        normalize_instance_text(self)
        super().clean()

    def save(self, *args, **kwargs):
        normalize_instance_text(self)
        super().save(*args, **kwargs)
