"""Records of the privacy layer: consent, erasure log, data-subject requests, staff access log."""

from portal.personal_data.models.access import AccessLog
from portal.personal_data.models.consent import ConsentRecord, ErasureLog
from portal.personal_data.models.requests import DataSubjectRequest

__all__ = ["AccessLog", "ConsentRecord", "DataSubjectRequest", "ErasureLog"]
