"""demo.pdf (fpdf2): Vietnamese text is drawn with an embedded Unicode font and extracts back unchanged."""

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from demo.pdf import Line, make_pdf
from portal.core import fonts

SENTENCE = "Trường THCS Nguyễn Viết Xuân ưu tiên ứng dụng công nghệ thông tin, Đỗ Thị Hằng ký ngày 06/01/2021."


def text_of(data):
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).split())


def embedded_fonts(data):
    reader = PdfReader(io.BytesIO(data))
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object()
            assert "/FontFile2" in descendant["/FontDescriptor"]  # the TrueType glyphs are in the file
            names.add(str(font["/BaseFont"]))
    return names


def test_vietnamese_text_is_embedded_and_extracts_unchanged():
    data = make_pdf([[Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, "center"), SENTENCE]], title="Kế hoạch")
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text_of(data) and SENTENCE in text_of(data)
    assert any("DejaVu" in name or "Roboto" in name for name in embedded_fonts(data))
    assert PdfReader(io.BytesIO(data)).metadata.title == "Kế hoạch"
    assert len(data) < 60_000  # a subset of the font, not the whole 700 KB


def test_same_input_same_bytes_so_the_demo_stays_deterministic():
    assert make_pdf([[SENTENCE]]) == make_pdf([[SENTENCE]])


def test_without_debian_fonts_the_packaged_roboto_is_used(monkeypatch, tmp_path):
    monkeypatch.setattr(fonts, "DEJAVU", tmp_path / "no-fonts-here")
    assert Path(fonts.serif()).name == "Roboto-Regular.ttf" and Path(fonts.serif()).exists()
    data = make_pdf([[SENTENCE]])
    assert SENTENCE in text_of(data)
    assert any("Roboto" in name for name in embedded_fonts(data))


@pytest.mark.parametrize("pages", [[[Line("")]], [[""], [" "]]])
def test_blank_pages_have_no_text_layer(pages):
    data = make_pdf(pages)
    assert text_of(data) == "" and len(PdfReader(io.BytesIO(data)).pages) == len(pages)
