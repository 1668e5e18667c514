"""Page types and records of the "Thủ tục - Biểu mẫu" app, split by service."""

from procedures.models.consent import ConsentRecord, ErasureLog
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

__all__ = [
    "ConsentRecord",
    "ErasureLog",
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
