"""Demo resources for the district's shared library and every school (``seed_demo``).

Idempotent: pages are matched by slug, generated Word files by title; a page gets a new revision only
when a value differs. The district's resources are projected to the public schema by the publish
signal, so every school's "Tài nguyên số" shows them.
"""

import datetime
import io

from django.core.files.base import ContentFile
from django.utils import timezone
from docx import Document as WordDocument
from wagtail.documents.models import Document

from demo.resources import content
from portal.resources.models import ResourceIndexPage, ResourcePage

FIRST_DAY = datetime.date(2025, 9, 5)


def word_file(paragraphs):
    """A small .docx: the first paragraph as its heading."""
    document = WordDocument()
    document.add_heading(paragraphs[0], level=1)
    for text in paragraphs[1:]:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def ensure_document(title, slug, paragraphs):
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title)
        document.file.save(f"{slug}.docx", ContentFile(word_file(paragraphs)), save=True)
    return document


def resource_values(item):
    values = {
        "title": item["title"],
        "resource_type": item["type"],
        "subject": item["subject"],
        "grade": item["grade"],
        "description": item["description"],
        "author": item["author"],
        "licence": item["licence"],
        "external_url": item.get("url", ""),
        "document_id": None,
    }
    if "file" in item:
        values["document_id"] = ensure_document(item["title"], item["slug"], item["file"]).pk
    return values


def save_resource(index, item, position):
    values = resource_values(item)
    page = ResourcePage.objects.child_of(index).filter(slug=item["slug"]).first()
    if page is None:
        day = FIRST_DAY + datetime.timedelta(days=3 * position)
        first = timezone.make_aware(datetime.datetime.combine(day, datetime.time(9, 0)))
        page = ResourcePage(slug=item["slug"], first_published_at=first, **values)
        index.add_child(instance=page)
        page.save_revision().publish()
        return page
    changed = {key: value for key, value in values.items() if getattr(page, key) != value}
    if changed or not page.live:
        for key, value in changed.items():
            setattr(page, key, value)
        page.save_revision().publish()
    return page


def seed_resources(portal, demo, rng):
    index = ResourceIndexPage.objects.first()
    if index is None:
        return
    items = content.DISTRICT_LIBRARY if portal.is_district else content.BY_LEVEL.get(portal.level, [])
    for position, item in enumerate(items):
        save_resource(index, item, position)
