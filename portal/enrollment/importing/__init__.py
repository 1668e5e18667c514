"""Import of a candidate list (danh sách dự tuyển) from an XLSX or CSV file, all or nothing."""

from portal.enrollment.importing.columns import COLUMNS, column_help
from portal.enrollment.importing.errors import CandidateImportError
from portal.enrollment.importing.readers import MAX_FILE_SIZE, MAX_ROWS, read_table
from portal.enrollment.importing.rows import parse_candidates
from portal.enrollment.importing.service import ImportReport, import_candidates

__all__ = [
    "COLUMNS",
    "MAX_FILE_SIZE",
    "MAX_ROWS",
    "CandidateImportError",
    "ImportReport",
    "column_help",
    "import_candidates",
    "parse_candidates",
    "read_table",
]
