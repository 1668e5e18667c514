from portal.articles.models.accreditation import AccreditationIndexPage, AccreditationPage
from portal.articles.models.legal import LegalEducationArticlePage, LegalEducationIndexPage
from portal.articles.models.universal import UniversalEducationIndexPage, UniversalEducationPage

__all__ = [
    "AccreditationIndexPage",
    "AccreditationPage",
    "LegalEducationArticlePage",
    "LegalEducationIndexPage",
    "UniversalEducationIndexPage",
    "UniversalEducationPage",
]
