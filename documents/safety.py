"""Upload safety for attached files: allowed extensions, content sniffing, size limit, safe names.

Why: a registry that lets anyone download files must never serve an executable or an HTML page dressed up
as ``quyet-dinh.pdf`` (the browser would run it on the portal's origin). The extension an editor sees and
the bytes inside must agree; the checks read magic numbers, not the client's Content-Type:

* PDF: ``%PDF-`` within the first 1024 bytes (where the PDF specification allows the header);
* DOCX / XLSX (OOXML): a ZIP (``PK\\x03\\x04``) holding ``[Content_Types].xml`` and ``word/`` or ``xl/``;
* ODT (ODF): a ZIP whose ``mimetype`` member says ``application/vnd.oasis.opendocument.text``;
* DOC / XLS: the OLE2 compound-file signature ``D0 CF 11 E0 A1 B1 1A E1``.

Messages are Vietnamese, for editors. The size limit is ``settings.DOCUMENTS_MAX_UPLOAD_SIZE`` (20 MB).
"""

import io
import os
import re
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError

from portal.text import ascii_slug, fold, nfc

ALLOWED_EXTENSIONS = ("pdf", "doc", "docx", "xls", "xlsx", "odt")
DEFAULT_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "odt": "application/vnd.oasis.opendocument.text",
}
KIND_NAMES = {
    "pdf": "PDF", "docx": "Word (DOCX)", "xlsx": "Excel (XLSX)", "odt": "OpenDocument (ODT)",
    "ole2": "Word/Excel 97-2003 (DOC/XLS)", "zip": "tệp nén ZIP", "exe": "chương trình Windows (EXE)",
    "elf": "chương trình Linux", "html": "trang web HTML", "script": "mã lệnh (script)", "image": "ảnh",
    "unknown": "không xác định",
}  # fmt: skip
# Which sniffed kinds each extension accepts (DOC and XLS share the OLE2 container).
ACCEPTED_KINDS = {"pdf": {"pdf"}, "docx": {"docx"}, "xlsx": {"xlsx"}, "odt": {"odt"}, "doc": {"ole2"}, "xls": {"ole2"}}


def max_upload_size():
    return int(getattr(settings, "DOCUMENTS_MAX_UPLOAD_SIZE", DEFAULT_MAX_UPLOAD_SIZE))


def human_size(size):
    """``20971520`` -> ``"20 MB"``, ``1536`` -> ``"1,5 KB"`` (Vietnamese decimal comma)."""
    value = float(size)
    for unit in ("byte", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            text = f"{value:.1f}".rstrip("0").rstrip(".") if unit != "byte" else str(int(value))
            return f"{text.replace('.', ',')} {unit}"
        value /= 1024
    return f"{size} byte"  # pragma: no cover


def extension_of(name):
    return os.path.splitext(name or "")[1].lower().lstrip(".")


def _zip_kind(data):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names and archive.read("mimetype").strip() == ODT_MIMETYPE:
                return "odt"
            if "[Content_Types].xml" in names:
                if any(name.startswith("word/") for name in names):
                    return "docx"
                if any(name.startswith("xl/") for name in names):
                    return "xlsx"
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, EOFError):
        return "unknown"
    return "zip"


def sniff(data):
    """The kind of file ``data`` (bytes) really is: ``"pdf"``, ``"docx"``, ``"ole2"``, ``"exe"``, ``"html"``..."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    if head.startswith(OLE2_MAGIC):
        return "ole2"
    if head.startswith(b"MZ"):
        return "exe"
    if head.startswith(b"\x7fELF"):
        return "elf"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return "image"
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<script", b"<svg", b"<?xml", b"<head", b"<body")):
        return "html"
    if lowered.startswith(b"#!"):
        return "script"
    return "unknown"


def check_file(name, data):
    """Validate one file; return its (lower-case) extension or raise ``ValidationError`` in Vietnamese."""
    shown = os.path.basename(name or "") or "tệp"
    extension = extension_of(name)
    if extension not in ALLOWED_EXTENSIONS:
        allowed = ", ".join(ext.upper() for ext in ALLOWED_EXTENSIONS)
        raise ValidationError(
            f"Tệp “{shown}” có định dạng không được phép. Chỉ nhận các tệp {allowed}.", code="extension"
        )
    limit = max_upload_size()
    if len(data) > limit:
        raise ValidationError(
            f"Tệp “{shown}” có dung lượng {human_size(len(data))}, vượt quá giới hạn {human_size(limit)}. "
            "Vui lòng nén hoặc tách nhỏ tệp trước khi tải lên.",
            code="size",
        )
    if not data:
        raise ValidationError(f"Tệp “{shown}” rỗng (0 byte).", code="empty")
    kind = sniff(data)
    if kind not in ACCEPTED_KINDS[extension]:
        raise ValidationError(
            f"Tệp “{shown}” có phần mở rộng .{extension} nhưng nội dung thực tế là "
            f"{KIND_NAMES.get(kind, KIND_NAMES['unknown'])}, không phải "
            f"{KIND_NAMES.get(extension, extension.upper())}. Vì an toàn, hệ thống không nhận tệp này; "
            "vui lòng tải lên đúng tệp văn bản.",
            code="content_mismatch",
        )
    return extension


def check_document(document):
    """``check_file`` for a Wagtail document (reads the stored file); missing files are refused too."""
    try:
        with document.open_file() as handle:
            data = handle.read(max_upload_size() + 1)
    except (OSError, ValueError) as error:
        raise ValidationError(
            f"Không đọc được tệp “{document.title}” trên máy chủ; vui lòng tải tệp lên lại.", code="missing"
        ) from error
    return check_file(document.file.name, data), data


def safe_filename(name, fallback="van-ban"):
    """ASCII, lower-case, hyphenated file name keeping the extension: ``Công văn số 1.PDF`` -> ``cong-van-so-1.pdf``."""
    stem, ext = os.path.splitext(os.path.basename(name or ""))
    ext = "." + ascii_slug(ext) if ascii_slug(ext) else ""
    return f"{ascii_slug(stem)[:80].strip('-') or fallback}{ext}"


_NOT_FILENAME = re.compile(r"[^A-Za-z0-9._-]+")


def number_filename(number, extension, suffix=""):
    """The file name of a document's attachment, from its số ký hiệu, keeping its capitals:
    ``08/QĐ-THPH1`` + ``pdf`` -> ``08-QD-THPH1.pdf`` (so that 08/, 09/ and 15/QĐ-THPH1 never share a name).
    """
    stem = _NOT_FILENAME.sub("-", fold(nfc(number or "")).replace("/", "-")).strip("-.")[:80]
    stem = "-".join(part for part in (stem, suffix) if part)
    ext = ascii_slug(extension or "")
    return f"{stem or 'van-ban'}{'.' + ext if ext else ''}"


def is_inline(extension, data_head):
    """Only real PDFs are shown inline; everything else is downloaded (Content-Disposition: attachment)."""
    return extension == "pdf" and sniff(data_head) == "pdf"
