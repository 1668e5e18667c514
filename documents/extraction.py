"""Text extraction from attached PDF and DOCX files, with legacy Vietnamese encodings converted.

Why: the registry's search tool (letter III.3) must find a document by what it says, not only by its
trích yếu; and the site-wide search indexes the same text (``LegalDocumentPage.get_search_text``).

Old files were typed in TCVN3 (``.VnTime``) or VNI (``VNI-Times``) fonts; their text layer reads as
gibberish (``"Tr\\xadêng"`` for "Trường"). Conversion (``portal.text.legacy``) is applied:

* DOCX: per run when the run's font (or its paragraph style's font) names a legacy font, which is
  certain; otherwise per paragraph when ``detect_legacy_encoding`` is convinced;
* PDF: per page, by detection (a PDF keeps no reliable font names for this).

A file that cannot be read is never rejected: the caller keeps it and stores the status ``unreadable``
with a Vietnamese note; formats without an extractor (DOC, XLS, XLSX, ODT) get ``unsupported``.
"""

import io
import logging
import re
import time
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field

import docx
from docx.opc.exceptions import PackageNotFoundError
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from portal.text.legacy import TCVN3, VNI, convert_legacy, to_unicode

logger = logging.getLogger(__name__)

MAX_PDF_PAGES = 500
MAX_TEXT_CHARS = 400_000

OK = "ok"
LEGACY_CONVERTED = "legacy_converted"
UNREADABLE = "unreadable"
UNSUPPORTED = "unsupported"
PENDING = "pending"
STATUS_CHOICES = [
    (PENDING, "Chưa xử lý"),
    (OK, "Đã trích xuất nội dung"),
    (LEGACY_CONVERTED, "Đã chuyển mã TCVN3/VNI sang Unicode"),
    (UNREADABLE, "Không đọc được nội dung"),
    (UNSUPPORTED, "Định dạng chưa hỗ trợ trích xuất"),
]
ENCODING_NAMES = {TCVN3: "TCVN3 (ABC, .VnTime)", VNI: "VNI (VNI-Times)"}


@dataclass
class Extraction:
    text: str = ""
    status: str = OK
    encoding: str = ""
    page_count: int | None = None
    note: str = ""
    seconds: float = 0.0
    encodings: set = field(default_factory=set)


def legacy_font_encoding(font_name):
    """``".VnTime"`` -> ``"tcvn3"``, ``"VNI-Times"`` -> ``"vni"``, anything else -> None."""
    name = (font_name or "").strip().lower()
    if name.startswith("vni"):
        return VNI
    if name.startswith((".vn", "vn")):
        return TCVN3
    return None


def _clean(text):
    text = unicodedata.normalize("NFC", text.replace("\x00", ""))
    return re.sub(r"[ \t]+\n", "\n", text).strip()


def _convert(text, result):
    """Detect and convert legacy text, recording the encoding found."""
    converted, encoding = to_unicode(text)
    if encoding:
        result.encodings.add(encoding)
    return converted


def extract_pdf(data):
    result = Extraction()
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return Extraction(status=UNREADABLE, note="Tệp PDF được đặt mật khẩu, không đọc được nội dung.")
        result.page_count = len(reader.pages)
        parts, size = [], 0
        for number, page in enumerate(reader.pages):
            if number >= MAX_PDF_PAGES or size >= MAX_TEXT_CHARS:
                result.note = f"Chỉ trích xuất {number} trang đầu."
                break
            text = _convert(page.extract_text() or "", result)
            parts.append(text)
            size += len(text)
    except (
        PdfReadError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        OSError,
        RecursionError,
        zlib.error,
    ) as error:
        logger.info("Unreadable PDF: %s", error)
        return Extraction(status=UNREADABLE, note=f"Tệp PDF bị hỏng hoặc không đúng chuẩn ({type(error).__name__}).")
    result.text = _clean("\n\n".join(parts))
    if not result.text:
        result.status = UNREADABLE
        result.note = "Tệp PDF không có lớp chữ (có thể là bản quét); cần nhận dạng ký tự (OCR) để tìm kiếm."
    return result


def _docx_page_count(data):
    """Pages as Word last counted them (``docProps/app.xml``), or None."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            app = archive.read("docProps/app.xml").decode("utf-8", "replace")
    except (KeyError, zipfile.BadZipFile, OSError):
        return None
    match = re.search(r"<(?:\w+:)?Pages>(\d+)</", app)
    return int(match.group(1)) if match else None


def _paragraph_text(paragraph, result):
    style_font = None
    style = paragraph.style
    while style is not None and style_font is None:
        style_font = style.font.name
        style = style.base_style
    pieces, legacy_runs = [], 0
    for run in paragraph.runs:
        encoding = legacy_font_encoding(run.font.name or style_font)
        if encoding and run.text:
            pieces.append(convert_legacy(run.text, encoding))
            result.encodings.add(encoding)
            legacy_runs += 1
        else:
            pieces.append(run.text)
    text = "".join(pieces)
    if not paragraph.runs:
        text = paragraph.text
    if not legacy_runs:
        text = _convert(text, result)
    return text


def _iter_block_texts(document, result):
    for paragraph in document.paragraphs:
        yield _paragraph_text(paragraph, result)
    for table in document.tables:
        for row in table.rows:
            cells = []
            for cell in row.cells:
                cells.append(" ".join(_paragraph_text(p, result) for p in cell.paragraphs).strip())
            # merged cells repeat: keep each distinct neighbour once
            yield " | ".join(c for i, c in enumerate(cells) if c and (i == 0 or c != cells[i - 1]))


def extract_docx(data):
    result = Extraction(page_count=_docx_page_count(data))
    try:
        document = docx.Document(io.BytesIO(data))
        parts, size = [], 0
        for text in _iter_block_texts(document, result):
            parts.append(text)
            size += len(text)
            if size >= MAX_TEXT_CHARS:
                break
    except (
        PackageNotFoundError,
        zipfile.BadZipFile,
        KeyError,
        ValueError,
        TypeError,
        AttributeError,
        OSError,
        SyntaxError,
    ) as error:  # lxml's XMLSyntaxError is a SyntaxError
        logger.info("Unreadable DOCX: %s", error)
        return Extraction(status=UNREADABLE, note=f"Tệp Word bị hỏng hoặc không đúng chuẩn ({type(error).__name__}).")
    result.text = _clean("\n".join(p for p in parts if p is not None))
    if not result.text:
        result.status = UNREADABLE
        result.note = "Tệp Word không có nội dung chữ."
    return result


EXTRACTORS = {"pdf": extract_pdf, "docx": extract_docx}


def extract(data, extension):
    """Extract the text of a file's bytes; never raises for bad content (see the module docstring)."""
    started = time.perf_counter()
    extractor = EXTRACTORS.get((extension or "").lower().lstrip("."))
    if extractor is None:
        result = Extraction(status=UNSUPPORTED, note="Chưa hỗ trợ trích xuất nội dung định dạng này.")
    else:
        result = extractor(data)
    result.text = result.text[:MAX_TEXT_CHARS]
    if result.status == OK and result.encodings:
        result.status = LEGACY_CONVERTED
        result.encoding = "+".join(sorted(result.encodings))
        names = ", ".join(ENCODING_NAMES.get(e, e) for e in sorted(result.encodings))
        result.note = (result.note + " " if result.note else "") + f"Đã chuyển mã {names} sang Unicode."
    result.seconds = time.perf_counter() - started
    return result
