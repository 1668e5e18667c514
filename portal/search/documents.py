"""How any Wagtail page becomes a search document, without knowing its page type.

Why generic: the search package never imports a feature app (docs/architecture.md, Layers).
A page type says what is searchable by defining ``get_search_text()`` (legal documents add the text of
their attachments there) and ``search_date``; otherwise the title, the search description and every
rich text, StreamField, char and text field of the page type are used.
"""

import datetime
import html
import re

from django.db import connection, models
from django.utils import timezone
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from portal.search.analysis import clean_text
from portal.search.numbers import head_codes
from portal.search.schema import BODY_STORED_CHARS

# Page's own columns that are not content (slugs, paths, titles handled separately...).
_PAGE_FIELD_NAMES = {field.name for field in Page._meta.get_fields()}
_TAG = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def _plain(value):
    text = clean_text(str(value))
    return _BLANK_LINES.sub("\n", _SPACES.sub(" ", text)).strip()


def _html_to_text(value):
    return html.unescape(_TAG.sub(" ", str(value)))


def _own_field_texts(page):
    """Text of the page type's own content fields (not Wagtail's bookkeeping columns)."""
    texts = []
    for field in page._meta.concrete_fields:
        if field.name in _PAGE_FIELD_NAMES or field.choices or not field.editable:
            continue
        value = getattr(page, field.attname, None)
        if value in (None, ""):
            continue
        if isinstance(field, (RichTextField, StreamField)):
            texts.extend(_html_to_text(part) for part in field.get_searchable_content(getattr(page, field.name)))
        elif isinstance(field, (models.CharField, models.TextField)) and not isinstance(
            field, (models.URLField, models.EmailField, models.SlugField)
        ):
            texts.append(str(value))
    return texts


def page_body(page):
    """The searchable text of a page, title excluded."""
    if callable(getattr(page, "get_search_text", None)):
        text = _plain(page.get_search_text())
        # get_search_text usually starts with the title; the snippet should not repeat it.
        return text[len(page.title) :].lstrip(" \n-–:") if text.startswith(page.title) else text
    parts = [page.search_description or ""] + _own_field_texts(page)
    return _plain("\n".join(part for part in parts if part))


def page_date(page):
    """``search_date`` when the page type defines it (date or datetime), else first publication."""
    value = getattr(page, "search_date", None)
    if callable(value):
        value = value()
    value = value or page.first_published_at or page.last_published_at
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.replace(tzinfo=None)
    return datetime.datetime(value.year, value.month, value.day)


def page_path(page):
    """The page's URL path inside its portal ("/tin-tuc/abc/"), or "" when it is not routable."""
    parts = page.get_url_parts()
    return parts[2] if parts else ""


def kind_label(model):
    label = str(model._meta.verbose_name)
    return label[:1].upper() + label[1:]


def page_document(page, schema_name=None):
    """Field values for one live, public, specific page (keys of ``schema.build_whoosh_schema``)."""
    title = _plain(page.title)
    body = page_body(page)
    text = f"{title}\n{body}" if body else title
    date = page_date(page)
    return {
        "text": text,
        "text_exact": text,
        "title": title,
        "title_exact": title,
        "text_pairs": text,
        "title_pairs": title,
        "codes": head_codes(title, body),
        "body": body[:BODY_STORED_CHARS],
        "url": page_path(page),
        "kind": page._meta.label_lower,
        "kind_label": kind_label(type(page)),
        "year": str(date.year) if date else "",
        "date": date,
        "schema": schema_name or connection.schema_name,
        "page_id": str(page.pk),
    }
