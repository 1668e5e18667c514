"""The documents feed selects legal documents by their declared feed kind."""

from documents.models import LegalDocumentPage
from portal.feeds.selection import feed_models


def test_legal_documents_are_the_documents_feed():
    assert LegalDocumentPage in feed_models("document")
