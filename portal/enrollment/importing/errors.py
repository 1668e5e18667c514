"""The one exception of the importer: a list of Vietnamese messages for the editor."""

from portal.text.spreadsheets import SpreadsheetError

MAX_LISTED_ERRORS = 50


class CandidateImportError(SpreadsheetError):
    """The file cannot be imported; ``messages`` says why (per row where it applies). Nothing was saved."""

    def __init__(self, messages):
        messages = [messages] if isinstance(messages, str) else list(messages)
        if len(messages) > MAX_LISTED_ERRORS:
            hidden = len(messages) - MAX_LISTED_ERRORS
            messages = [*messages[:MAX_LISTED_ERRORS], f"… và {hidden} lỗi khác."]
        super().__init__(messages)
