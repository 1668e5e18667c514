"""Helpers for the registry tests: real PDF/DOCX bytes and documents created the way editors create them."""

import datetime
import io

import docx

from demo.pdf import make_pdf
from documents.models import DocumentAttachment, DocumentIndexPage, DocumentRelation, LegalDocumentPage
from documents.storage import store_document


def pdf_bytes(*pages, **kwargs):
    return make_pdf([list(lines) for lines in pages] or [["Văn bản"]], **kwargs)


def docx_bytes(*paragraphs, font=None):
    """A DOCX; each paragraph is a string, or (text, font name) for a run in that font."""
    document = docx.Document()
    for paragraph in paragraphs:
        text, run_font = paragraph if isinstance(paragraph, tuple) else (paragraph, font)
        run = document.add_paragraph().add_run(text)
        if run_font:
            run.font.name = run_font
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def section():
    return DocumentIndexPage.objects.get(section_key="van-ban")


def add_document(number, title, issue_date, *, files=(), relations=(), publish=True, **fields):
    """Create a document under the current portal's section, with files ``(name, bytes)`` and relations.

    ``relations``: (type, LegalDocumentPage or number string).
    """
    page = LegalDocumentPage(title=title, number=number, issue_date=issue_date, slug="", live=publish, **fields)
    page.attachments = [
        DocumentAttachment(document=store_document(name.rsplit(".", 1)[0], name, data)) for name, data in files
    ]
    page.relations = [
        DocumentRelation(
            relation_type=kind,
            target_page=target if isinstance(target, LegalDocumentPage) else None,
            target_number="" if isinstance(target, LegalDocumentPage) else target,
        )
        for kind, target in relations
    ]
    index = section()
    page._parent_hint = index
    page.full_clean(exclude=["path", "depth"])
    index.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    return LegalDocumentPage.objects.get(pk=page.pk)


def day(text):
    return datetime.datetime.strptime(text, "%d/%m/%Y").date()


def visible_text(html):
    """The text a reader sees: tags removed, whitespace collapsed."""
    import re

    return " ".join(re.sub(r"<[^>]+>", " ", html).split())
