"""Plain text of a page's StreamField, for search, summaries and feeds."""

from django.utils.html import strip_tags

from portal.text import nfc


def stream_text(page, field_name="body"):
    """Searchable text of a StreamField (rich text stripped, headings, quotes, table cells)."""
    field = page._meta.get_field(field_name)
    value = getattr(page, field_name)
    if not value:
        return ""
    parts = field.get_searchable_content(value)
    return nfc(" ".join(strip_tags(str(part)) for part in parts if part)).strip()


def join_text(*parts):
    return " ".join(str(part).strip() for part in parts if part and str(part).strip())
