"""The base page every public page type extends.

Why: one place for NFC normalization of every text field (TCVN 6909:2001 is
Unicode, editors paste NFD from macOS), and for metadata shared by all pages.
https://docs.wagtail.org/en/stable/topics/pages.html
"""

from django.db import models
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from portal.core.forms import BasePageForm
from portal.text import ascii_slug, nfc


def _nfc_deep(value):
    """NFC every string inside JSON-shaped data (dict keys are block names: left alone)."""
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [_nfc_deep(item) for item in value]
    if isinstance(value, dict):
        return {key: _nfc_deep(item) for key, item in value.items()}
    return value


def normalize_stream_field(instance, field):
    """NFC the strings of a StreamField value (rich text, headings, captions, table cells).

    Works on the JSON form (``get_prep_value``) and assigns it back only when a
    string changed, so an already-normal value keeps its lazily loaded blocks.
    """
    value = getattr(instance, field.attname, None)
    if value is None:
        return
    raw = field.get_prep_value(value)
    normalized = _nfc_deep(raw)
    if normalized != raw:
        setattr(instance, field.attname, normalized)


def normalize_instance_text(instance):
    """NFC-normalize every char/text field, rich text, StreamField and JSON value of a model instance.

    Call it in ``save()`` of every model storing what the public types (forms): browsers and phones send
    NFD too, and an NFD name is not found by an NFC search or comparison.
    """
    for field in instance._meta.concrete_fields:
        if isinstance(field, (models.CharField, models.TextField, RichTextField)):
            value = getattr(instance, field.attname, None)
            if isinstance(value, str):
                setattr(instance, field.attname, nfc(value))
        elif isinstance(field, StreamField):
            normalize_stream_field(instance, field)
        elif isinstance(field, models.JSONField):
            value = getattr(instance, field.attname, None)
            if value is not None:
                setattr(instance, field.attname, _nfc_deep(value))


def ascii_page_slug(slug):
    """Fold a Vietnamese slug to ASCII: ``học-sinh`` -> ``hoc-sinh``.

    Wagtail's admin keeps Unicode slugs, which browsers show percent-encoded
    (``h%E1%BB%8Dc-sinh``) and which people cannot type; school portals use the
    folded form, as their domain names do.
    """
    if not slug or slug.isascii():
        return slug
    return ascii_slug(slug) or slug


class BasePage(Page):
    """Abstract base: normalizes text, folds the slug to ASCII and fills an empty one on clean and save.

    ``slug_source`` names the field an empty slug is built from: the title by default, another field
    for page types whose title is not their natural address (a document's số ký hiệu).
    """

    slug_source = "title"
    base_form_class = BasePageForm

    class Meta:
        abstract = True

    @classmethod
    def slug_source_label(cls):
        if cls.slug_source == "title":
            return "tiêu đề"
        return str(cls._meta.get_field(cls.slug_source).verbose_name)

    def full_clean(self, *args, **kwargs):
        normalize_instance_text(self)
        self.slug = ascii_page_slug(self.slug)
        if not self.slug:
            self.slug = self.free_slug(self.slug_from_source())
        super().full_clean(*args, **kwargs)

    def slug_from_source(self):
        """The ASCII slug an empty slug gets: from ``slug_source``, else the title, else the page type."""
        for text in (getattr(self, self.slug_source, ""), self.title):
            slug = ascii_slug(str(text or ""))[:200].strip("-")
            if slug:
                return slug
        return ascii_slug(str(self._meta.verbose_name)) or "trang"

    def free_slug(self, slug):
        """``slug``, or ``slug-2``, ``slug-3``... if a sibling already has it (parent known or hinted)."""
        parent = self.get_parent() if self.path else getattr(self, "_parent_hint", None)
        if parent is None:
            return slug
        candidate, n = slug, 2
        siblings = parent.get_children()
        if self.pk:
            siblings = siblings.exclude(pk=self.pk)
        while siblings.filter(slug=candidate).exists():
            candidate, n = f"{slug}-{n}", n + 1
        return candidate

    def save(self, *args, **kwargs):
        normalize_instance_text(self)
        self.slug = ascii_page_slug(self.slug)
        return super().save(*args, **kwargs)

    def get_metadata(self):
        """Dublin Core fields of this page (TT 24/2011/TT-BTTTT), read by ``portal.core.metadata``.

        Empty values fall back to the portal (creator, publisher) and the page's address (identifier);
        page types override what they know better (a news author, a document's số ký hiệu).
        """
        summary = self.get_summary() if hasattr(self, "get_summary") else ""
        return {
            "title": self.seo_title or self.title,
            "creator": "",
            "date": getattr(self, "date", None) or self.first_published_at,
            "modified": self.last_published_at,
            "description": self.search_description or summary,
            "identifier": "",
            "type": "Text",
        }

    def get_structured_data(self, publisher):
        """schema.org object of this page (a dict), or None; ``publisher`` is the portal's Organization."""
        return None


class MandatedSectionMixin(models.Model):
    """Marks the root page of a mandated section; such pages cannot be deleted.

    ``section_key`` matches a key in ``portal.core.sections``.
    """

    section_key = models.CharField("mã chuyên mục bắt buộc", max_length=40, blank=True, editable=False, db_index=True)

    class Meta:
        abstract = True
