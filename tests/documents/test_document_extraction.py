"""Text extraction from real PDF and DOCX files made here, legacy encodings, unreadable files kept."""

import io

import docx
from django_tenants.utils import tenant_context
from documents_helpers import add_document, day, docx_bytes, pdf_bytes
from pypdf import PdfReader

from demo.pdf import Line, make_pdf
from documents.extraction import extract, legacy_font_encoding
from documents.models import LegalDocumentPage
from portal.text.legacy import encode_legacy

HEADING = "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ THỦ DẦU MỘT"
SENTENCE = "Hướng dẫn tổ chức, xây dựng, vận hành cổng thông tin điện tử của các cơ sở giáo dục trực thuộc."
TCVN3_SENTENCE = "Trường Tiểu học Phú Hòa 1 thực hiện kế hoạch năm học và công khai thông tin."
VNI_SENTENCE = "Phòng Giáo dục và Đào tạo hướng dẫn sử dụng thư điện tử công vụ."


def flat(text):
    """PDF lines wrap where the page ends: compare text with whitespace collapsed."""
    return " ".join(text.split())


def test_pdf_text_pages_and_diacritics():
    data = make_pdf([[Line(HEADING, 13, "center"), SENTENCE], ["Trang 2: Ưu tiên ứng dụng công nghệ."]])
    result = extract(data, "pdf")
    assert result.status == "ok" and result.page_count == 2
    assert HEADING in result.text and SENTENCE in flat(result.text)
    assert "Ưu tiên ứng dụng công nghệ" in result.text
    assert len(PdfReader(io.BytesIO(data)).pages) == 2  # a file any PDF reader opens


def test_docx_paragraphs_and_tables():
    document = docx.Document()
    document.add_paragraph(SENTENCE)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Họ và tên", "Chức vụ"
    table.cell(1, 0).text, table.cell(1, 1).text = "Lê Minh Tiến", "Hiệu trưởng"
    buffer = io.BytesIO()
    document.save(buffer)
    result = extract(buffer.getvalue(), "docx")
    assert result.status == "ok"
    assert SENTENCE in result.text and "Lê Minh Tiến | Hiệu trưởng" in result.text


def test_docx_in_tcvn3_font_becomes_unicode():
    data = docx_bytes(encode_legacy(TCVN3_SENTENCE, "tcvn3"), font=".VnTime")
    result = extract(data, "docx")
    assert result.status == "legacy_converted" and result.encoding == "tcvn3"
    assert TCVN3_SENTENCE in result.text
    assert "TCVN3" in result.note


def test_legacy_text_without_font_names_is_detected_per_paragraph():
    data = docx_bytes(SENTENCE, encode_legacy(VNI_SENTENCE, "vni"), encode_legacy(TCVN3_SENTENCE, "tcvn3"))
    result = extract(data, "docx")
    assert result.status == "legacy_converted" and result.encoding == "tcvn3+vni"
    assert result.text.splitlines() == [SENTENCE, VNI_SENTENCE, TCVN3_SENTENCE]


def test_pdf_typed_in_tcvn3_becomes_unicode():
    # an old PDF made from a .VnTime document: its text layer holds the TCVN3 bytes as Latin-1 letters
    legacy = encode_legacy(TCVN3_SENTENCE, "tcvn3")
    result = extract(make_pdf([[legacy]]), "pdf")
    assert result.status == "legacy_converted" and result.encoding == "tcvn3"
    assert TCVN3_SENTENCE in flat(result.text)


def test_legacy_font_names():
    assert legacy_font_encoding(".VnTime") == "tcvn3"
    assert legacy_font_encoding(".VnTimeH") == "tcvn3"
    assert legacy_font_encoding("VNI-Times") == "vni"
    assert legacy_font_encoding("Times New Roman") is None
    assert legacy_font_encoding(None) is None


def test_unreadable_and_unsupported_results():
    broken = extract(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> broken", "pdf")
    assert broken.status == "unreadable" and "PDF" in broken.note
    scan = extract(make_pdf([[Line("")]]), "pdf")
    assert scan.status == "unreadable" and "bản quét" in scan.note
    assert extract(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "doc").status == "unsupported"
    assert extract(b"PK\x03\x04 not really a zip", "docx").status == "unreadable"


def test_attachments_are_extracted_on_save_and_a_broken_file_is_kept_and_flagged(school_a):
    with tenant_context(school_a):
        page = add_document(
            "15/KH-UBND",
            "Kế hoạch chuyển đổi số",
            day("10/03/2025"),
            files=[
                ("ke-hoach.pdf", pdf_bytes([SENTENCE])),
                ("phu-luc.docx", docx_bytes(encode_legacy(TCVN3_SENTENCE, "tcvn3"), font=".VnTime")),
                ("hong.pdf", b"%PDF-1.7\n%broken beyond repair"),
            ],
        )
        good, legacy, broken = page.attachments.order_by("sort_order", "pk")
        assert (good.extraction_status, good.page_count) == ("ok", 1)
        assert legacy.extraction_status == "legacy_converted" and TCVN3_SENTENCE in legacy.extracted_text
        assert broken.extraction_status == "unreadable" and broken.document is not None
        assert broken.document.file.size > 0
        text = page.get_search_text()
        assert "vận hành cổng thông tin điện tử" in text and TCVN3_SENTENCE in text
        assert "truong tieu hoc phu hoa 1" in page.search_folded
        revisions = page.revisions.count()
        page.save_revision().publish()
        assert page.revisions.count() == revisions + 1
        assert LegalDocumentPage.objects.get(pk=page.pk).attachments.count() == 3
