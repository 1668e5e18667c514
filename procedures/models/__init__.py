"""Page types and records of the "Thủ tục - Biểu mẫu" app, split by service."""

from procedures.models.admission import AdmissionApplication, AdmissionApplicationPage
from procedures.models.consultation import (
    ConsultationComment,
    ConsultationDraft,
    ConsultationIndexPage,
    ConsultationPage,
)
from procedures.models.exam import ExamCandidate, ExamRegistrationPage
from procedures.models.lookups import Diploma, DiplomaLookupPage, ExamResult, ExamResultLookupPage, LookupIndexPage
from procedures.models.online_form import (
    FormStatus,
    OnlineFormField,
    OnlineFormPage,
    OnlineFormSubmission,
    SubmissionFile,
    erase_after,
)
from procedures.models.procedure import (
    ProcedureField,
    ProcedureFormFile,
    ProcedureIndexPage,
    ProcedureLegalBasis,
    ProcedurePage,
)
from procedures.models.questions import Question, QuestionIndexPage

__all__ = [
    "AdmissionApplication",
    "AdmissionApplicationPage",
    "ExamCandidate",
    "ExamRegistrationPage",
    "ConsultationComment",
    "ConsultationDraft",
    "ConsultationIndexPage",
    "ConsultationPage",
    "Diploma",
    "DiplomaLookupPage",
    "ExamResult",
    "ExamResultLookupPage",
    "LookupIndexPage",
    "Question",
    "QuestionIndexPage",
    "FormStatus",
    "OnlineFormField",
    "OnlineFormPage",
    "OnlineFormSubmission",
    "ProcedureField",
    "ProcedureFormFile",
    "ProcedureIndexPage",
    "ProcedureLegalBasis",
    "ProcedurePage",
    "SubmissionFile",
    "erase_after",
]
