"""Read the uploaded candidate list through the portal's one spreadsheet reader (``portal.text.spreadsheets``).

Only what is particular to candidate lists lives here: the row cap worded for candidates, and every
reader error re-raised as ``CandidateImportError`` so the admin view shows one kind of message.
"""

from portal.enrollment.importing.errors import CandidateImportError
from portal.text import spreadsheets
from portal.text.spreadsheets import MAX_FILE_SIZE, SpreadsheetError, Table

MAX_ROWS = 5000
# Title lines above the header and signature lines below the table are allowed on top of MAX_ROWS.
MAX_EXTRA_LINES = 100
MAX_COLUMNS = 40

__all__ = ["MAX_FILE_SIZE", "MAX_ROWS", "Table", "check_size", "read_table"]


def check_size(size):
    try:
        spreadsheets.check_size(size)
    except SpreadsheetError as error:
        raise CandidateImportError(error.messages) from error


def read_table(data, file_name):
    """Rows of the first sheet of an .xlsx, or of a .csv; ``CandidateImportError`` for any broken file."""
    try:
        return spreadsheets.read_table(data, file_name, max_rows=MAX_ROWS + MAX_EXTRA_LINES, max_columns=MAX_COLUMNS)
    except SpreadsheetError as error:
        if error.code == "too_many_rows":
            limit = f"{MAX_ROWS:,}".replace(",", ".")
            raise CandidateImportError(f"Tệp có quá nhiều dòng: mỗi danh sách tối đa {limit} thí sinh.") from error
        raise CandidateImportError(error.messages) from error
