"""Bulk import of a register (XLSX/CSV) into a portal's document section, one transaction per row.

Why per row: a register of 300 lines with one mistyped number must import the 299 good lines and say
exactly what is wrong with the last (line, column, reason, in Vietnamese); and a bad line must leave
nothing behind: no page, no revision, no orphan file (files written for a failed row are deleted).

Files named in the "Tệp đính kèm" column are looked up by a ``files`` callable (a folder for the
management command, an uploaded ZIP for the admin view); the column itself is optional. A row whose
number already exists for that year is skipped (so importing the same register twice adds nothing).
"""

import io
import os
import zipfile
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.db import transaction

from documents.choices import DocumentField, DocumentType, choice_from_text
from documents.models import DocumentAttachment, DocumentRelation, IssuingBody, LegalDocumentPage, RelationType
from documents.registers import cell_text, parse_date, split_list
from documents.safety import check_file, max_upload_size
from documents.storage import store_document
from portal.text import ascii_slug
from portal.text.numbering import DocumentNumberError, parse_document_number

PUBLISHED, SUBMITTED, DRAFT, SKIPPED, FAILED = "published", "submitted", "draft", "skipped", "error"
CREATED = (PUBLISHED, SUBMITTED, DRAFT)  # what became of a new document
STATUS_LABELS = {
    PUBLISHED: "Đã xuất bản",
    SUBMITTED: "Đã gửi duyệt",
    DRAFT: "Bản nháp",
    SKIPPED: "Bỏ qua",
    FAILED: "Lỗi",
}
# What the person importing asked for: publish at once (may publish), send to the editorial board's
# approval (asked to publish but may not: Wagtail's workflow, as the page editor's "Gửi duyệt"), or keep
# drafts. ``mode_for`` picks it from the form's "Xuất bản ngay" and the user's permission.
PUBLISH, SUBMIT, SAVE_DRAFT = "publish", "submit", "draft"


def mode_for(wants_publish, can_publish):
    if not wants_publish:
        return SAVE_DRAFT
    return PUBLISH if can_publish else SUBMIT


FIELD_LABELS = {
    "number": "Số ký hiệu",
    "title": "Trích yếu",
    "issue_date": "Ngày ban hành",
    "effective_date": "Ngày có hiệu lực",
    "expiry_date": "Ngày hết hiệu lực",
    "document_type": "Hình thức văn bản",
    "field": "Lĩnh vực",
    "slug": "Đường dẫn",
    "target_number": "Văn bản liên quan",
    "__all__": "",
}
RELATION_COLUMNS = {"replaces": RelationType.REPLACES, "amends": RelationType.AMENDS, "guides": RelationType.GUIDES}


class RowError(Exception):
    pass


@dataclass
class RowResult:
    line: int
    status: str
    number: str = ""
    message: str = ""

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]


@dataclass
class ImportReport:
    results: list = field(default_factory=list)

    def count(self, status):
        return sum(1 for r in self.results if r.status == status)

    @property
    def created(self):
        return sum(self.count(status) for status in CREATED)

    @property
    def published(self):
        return self.count(PUBLISHED)

    @property
    def submitted(self):
        return self.count(SUBMITTED)

    @property
    def drafts(self):
        return self.count(DRAFT)

    @property
    def skipped(self):
        return self.count(SKIPPED)

    @property
    def failed(self):
        return self.count(FAILED)

    @property
    def errors(self):
        return [r for r in self.results if r.status == FAILED]

    def summary(self):
        outcomes = [
            f"{label} {count}"
            for label, count in (
                ("xuất bản", self.published),
                ("gửi duyệt", self.submitted),
                ("bản nháp", self.drafts),
            )
            if count
        ]
        detail = f" ({', '.join(outcomes)})" if outcomes else ""
        return f"Đã nhập {self.created} văn bản{detail}, bỏ qua {self.skipped}, lỗi {self.failed}."

    def lines(self):
        return [
            f"Dòng {r.line} ({r.number or 'không rõ số'}): {r.status_label}. {r.message}".rstrip()
            for r in self.results
            if r.status not in CREATED or r.message
        ]


def folder_files(folder):
    """A ``files`` callable reading from a folder (names only; no path can escape it)."""
    root = os.path.realpath(folder)

    def lookup(name):
        path = os.path.realpath(os.path.join(root, os.path.basename(name)))
        if not path.startswith(root + os.sep) or not os.path.isfile(path):
            return None
        if os.path.getsize(path) > max_upload_size() + 1:
            return b"\0" * (max_upload_size() + 1)  # let check_file report the size
        with open(path, "rb") as handle:
            return handle.read()

    return lookup


def zip_files(data):
    """A ``files`` callable over an uploaded ZIP; members are matched by base name, ignoring case."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    members = {os.path.basename(info.filename).lower(): info for info in archive.infolist() if not info.is_dir()}

    def lookup(name):
        info = members.get(os.path.basename(name).lower())
        if info is None:
            return None
        if info.file_size > max_upload_size():
            return b"\0" * (max_upload_size() + 1)  # never inflate a huge member: check_file refuses it
        return archive.read(info)

    return lookup


def _validation_message(error):
    if hasattr(error, "message_dict"):
        parts = []
        for name, messages in error.message_dict.items():
            label = FIELD_LABELS.get(name, name)
            parts.append((f"{label}: " if label else "") + " ".join(messages))
        return "; ".join(parts)
    return " ".join(error.messages)


def _choice(choices, text, label, default):
    if not cell_text(text):
        return default
    value = choice_from_text(choices, text)
    if value is None:
        raise RowError(f"{label} “{cell_text(text)}” không có trong danh mục.")
    return value


def _issuer(text):
    name = cell_text(text)
    if not name:
        return None
    wanted = ascii_slug(name)
    for issuer in IssuingBody.objects.all():
        if wanted in (issuer.slug, ascii_slug(issuer.code)) and wanted:
            return issuer
    return IssuingBody.objects.create(name=name, sort_order=100)


def _date(values, key, label, required=False):
    try:
        value = parse_date(values.get(key))
    except ValueError as error:
        raise RowError(f"{label}: {error}.") from error
    if required and value is None:
        raise RowError(f"Thiếu {label.lower()}.")
    return value


def _relations(values):
    relations = []
    for key, relation_type in RELATION_COLUMNS.items():
        for text in split_list(values.get(key)):
            try:
                number = parse_document_number(text).canonical
            except DocumentNumberError as error:
                raise RowError(f"Văn bản liên quan: {error}") from error
            target = LegalDocumentPage.objects.filter(number=number).order_by("-issue_date").first()
            relations.append(
                DocumentRelation(
                    relation_type=relation_type, target_page=target, target_number="" if target else number
                )
            )
    return relations


def _attachments(values, files, stored):
    attachments = []
    for name in split_list(values.get("files")):
        data = files(name) if files else None
        if data is None:
            raise RowError(f"Không tìm thấy tệp “{name}” trong thư mục hoặc tệp nén đính kèm.")
        try:
            check_file(name, data)
        except ValidationError as error:
            raise RowError(" ".join(error.messages)) from error
        document = store_document(os.path.splitext(os.path.basename(name))[0], name, data)
        stored.append(document.file.name)
        attachments.append(DocumentAttachment(document=document))
    return attachments


def _import_row(index, values, *, files, mode, user, stored):
    raw_number = cell_text(values.get("number"))
    if not raw_number:
        raise RowError("Thiếu số ký hiệu.")
    try:
        number = parse_document_number(raw_number)
    except DocumentNumberError as error:
        raise RowError(str(error)) from error
    issue_date = _date(values, "issue_date", "Ngày ban hành", required=True)
    if LegalDocumentPage.objects.filter(number=number.canonical, issue_date__year=issue_date.year).exists():
        return SKIPPED, number.canonical, "Đã có trong sổ văn bản."
    title = cell_text(values.get("title"))
    if not title:
        raise RowError("Thiếu trích yếu.")
    page = LegalDocumentPage(
        title=title[:255],
        number=raw_number,
        issue_date=issue_date,
        effective_date=_date(values, "effective_date", "Ngày có hiệu lực"),
        expiry_date=_date(values, "expiry_date", "Ngày hết hiệu lực"),
        document_type=_choice(DocumentType, values.get("type"), "Hình thức văn bản", ""),
        field=_choice(DocumentField, values.get("field"), "Lĩnh vực", DocumentField.GENERAL),
        issuer=_issuer(values.get("issuer")),
        signer=cell_text(values.get("signer"))[:200],
        abstract=cell_text(values.get("abstract")),
        live=mode == PUBLISH,
        slug="",
    )
    page._parent_hint = index
    page.relations = _relations(values)
    page.attachments = _attachments(values, files, stored)
    page.full_clean(exclude=["path", "depth"])
    index.add_child(instance=page)
    revision = page.save_revision(user=user, log_action=True)
    if mode == PUBLISH:
        revision.publish(user=user)
        return PUBLISHED, page.number, ""
    if mode == SUBMIT:
        workflow = page.get_workflow()
        if workflow is not None and workflow.active:
            workflow.start(page, user)
            return SUBMITTED, page.number, f"Chờ duyệt theo quy trình “{workflow.name}”."
        return DRAFT, page.number, "Chuyên mục chưa có quy trình duyệt: văn bản được lưu thành bản nháp."
    return DRAFT, page.number, ""


def import_rows(index, rows, *, files=None, publish=True, mode=None, user=None, progress=None):
    """Import ``rows`` (from ``registers.read_register``) under ``index``; returns an ``ImportReport``.

    ``mode`` is ``PUBLISH``, ``SUBMIT`` or ``SAVE_DRAFT``; without it, ``publish`` chooses between the
    first and the last (the management command, run by the portal's operator).
    """
    mode = mode or (PUBLISH if publish else SAVE_DRAFT)
    report = ImportReport()
    for line, values in rows:
        stored = []
        try:
            with transaction.atomic():
                status, number, message = _import_row(index, values, files=files, mode=mode, user=user, stored=stored)
        except (RowError, ValidationError) as error:
            for name in stored:  # the transaction rolled back the rows; remove the files too
                default_storage.delete(name)
            message = str(error) if isinstance(error, RowError) else _validation_message(error)
            report.results.append(RowResult(line, FAILED, cell_text(values.get("number")), message))
        else:
            report.results.append(RowResult(line, status, number, message))
        if progress is not None:
            progress(1)
    return report
