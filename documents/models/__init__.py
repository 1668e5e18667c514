from documents.models.attachments import AttachmentDownload, DocumentAttachment
from documents.models.document import LegalDocumentPage
from documents.models.index import DocumentIndexPage
from documents.models.issuers import IssuingBody
from documents.models.relations import DocumentRelation, RelationType

__all__ = [
    "AttachmentDownload",
    "DocumentAttachment",
    "DocumentIndexPage",
    "DocumentRelation",
    "IssuingBody",
    "LegalDocumentPage",
    "RelationType",
]
