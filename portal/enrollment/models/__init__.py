from portal.enrollment.models.candidates import Candidate, CandidateImport
from portal.enrollment.models.index import EnrollmentIndexPage
from portal.enrollment.models.notice import AdmissionNoticePage, RegistrationStatus, registration_status
from portal.enrollment.models.plan import EnrollmentPlanPage

__all__ = [
    "AdmissionNoticePage",
    "Candidate",
    "CandidateImport",
    "EnrollmentIndexPage",
    "EnrollmentPlanPage",
    "RegistrationStatus",
    "registration_status",
]
