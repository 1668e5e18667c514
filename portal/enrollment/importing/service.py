"""Replace a notice's candidate list from a file: parse everything first, then write in one transaction.

All or nothing: a file with one bad row imports nothing and the previous list
stays as it was; the write itself runs in ``transaction.atomic`` so a database
failure half-way also leaves the old list.
"""

from dataclasses import dataclass

from django.db import transaction

from portal.enrollment.importing.readers import read_table
from portal.enrollment.importing.rows import parse_candidates
from portal.enrollment.models import Candidate, CandidateImport
from portal.text import nfc


@dataclass
class ImportReport:
    count: int
    personal_columns: list
    skipped_lines: list
    encoding: str


def import_candidates(notice, data, file_name, user=None):
    """Import ``data`` (the file's bytes) as the candidate list of ``notice``; raise ``CandidateImportError``."""
    table = read_table(data, file_name)
    parsed = parse_candidates(table)
    encoding = parsed.legacy_encoding or table.encoding
    with transaction.atomic():
        notice.candidates.all().delete()
        Candidate.objects.bulk_create([Candidate(notice=notice, **row) for row in parsed.candidates], batch_size=1000)
        CandidateImport.objects.create(
            notice=notice,
            file_name=nfc(file_name)[:255],
            row_count=len(parsed.candidates),
            encoding=encoding,
            imported_by=user if user is not None and user.is_authenticated else None,
        )
    return ImportReport(len(parsed.candidates), parsed.personal_columns, parsed.skipped_lines, encoding)
