"""Demo registers for ``seed_demo``: the district's (with the laws the 2021 letter cites) and each school's.

Idempotent: a document is matched by its canonical number and issue year and never touched again, so a
second run adds no page, no revision and no file. The district's public projection is rebuilt at the end
(``seed_demo`` may run inside a transaction, where on-commit receivers would not fire).
"""

from demo.documents.files import attachments_for, parse_day
from demo.documents.register import DISTRICT_DOCUMENTS, DISTRICT_ISSUERS, school_documents
from documents.choices import DocumentType, type_for_number
from documents.models import (
    DocumentAttachment,
    DocumentIndexPage,
    DocumentRelation,
    IssuingBody,
    LegalDocumentPage,
)
from documents.models.issuers import ensure_default_issuers
from documents.storage import store_document
from portal.text import ascii_slug, fold
from portal.text.numbering import parse_document_number
from tenants.projections import rebuild


def school_code(portal):
    """``MN Hoa Mai`` -> ``MNHM``, ``THCS Nguyễn Viết Xuân`` -> ``THCSNVX`` (the unit code in its numbers)."""
    words = fold(portal.display_short_name).replace("-", " ").split()
    if not words:
        return "TRUONG"
    level, rest = words[0].upper(), words[1:]
    if level == "TH" and rest and rest[0].upper() == "THCS":
        level, rest = "THTHCS", rest[1:]
    return (level + "".join(w[0].upper() if not w.isdigit() else w for w in rest))[:15]


def _issuer(name):
    issuer = IssuingBody.objects.filter(name=name).first()
    return issuer or IssuingBody.objects.create(name=name, sort_order=100)


def create_document(index, doc):
    """Create and publish one demo document unless its number already exists for that year."""
    issue_date = parse_day(doc.issue_date)
    number = parse_document_number(doc.number).canonical
    if LegalDocumentPage.objects.filter(number=number, issue_date__year=issue_date.year).exists():
        return None
    document_type = doc.document_type or type_for_number(number)
    type_label = DocumentType(document_type).label
    page = LegalDocumentPage(
        title=doc.title[:255],
        number=number,
        document_type=document_type,
        issuer=_issuer(doc.issuer),
        signer=doc.signer,
        issue_date=issue_date,
        effective_date=parse_day(doc.effective_date),
        expiry_date=parse_day(doc.expiry_date),
        field=doc.field,
        abstract=doc.abstract,
        slug=ascii_slug(number),
        live=True,
    )
    page.attachments = [
        DocumentAttachment(
            document=store_document(f"{type_label} {doc.number}" + (" - phụ lục" if i else ""), name, data)
        )
        for i, (name, data) in enumerate(attachments_for(doc, type_label, issue_date))
    ]
    relations = []
    for kind, target_number, target_date, target_title in doc.relations:
        target_number = parse_document_number(target_number).canonical
        target = LegalDocumentPage.objects.filter(number=target_number).order_by("-issue_date").first()
        relations.append(
            DocumentRelation(
                relation_type=kind,
                target_page=target,
                target_number="" if target else target_number,
                target_date=None if target else parse_day(target_date),
                target_title="" if target else target_title,
            )
        )
    page.relations = relations
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def seed_documents(portal, demo, rng):
    index = DocumentIndexPage.objects.filter(section_key="van-ban").first()
    if index is None:
        return
    if portal.is_district:
        ensure_default_issuers(extra=[*DISTRICT_ISSUERS, (portal.name, "PGDĐT", 90)])
        documents = DISTRICT_DOCUMENTS
    else:
        ensure_default_issuers(extra=[(portal.name, school_code(portal), 90)])
        documents = school_documents(school_code(portal), portal.name, demo.principal or "Nguyễn Văn An")
    for doc in documents:
        create_document(index, doc)
    if portal.is_district:
        rebuild(portal, names={"district_documents"})
