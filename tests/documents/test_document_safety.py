"""Upload safety: extension and content must agree, size limit, safe names (documents.safety)."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from documents_helpers import docx_bytes, pdf_bytes

from documents.safety import check_file, safe_filename, sniff

EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\0" * 200
HTML = b"<!DOCTYPE html><html><script>alert(document.cookie)</script></html>"
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504


def zip_of(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


ODT = zip_of({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<office:document/>"})
XLSX = zip_of({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"})


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("quyet-dinh.pdf", pdf_bytes(["Quyết định"])),
        ("ke-hoach.docx", docx_bytes("Kế hoạch")),
        ("bao-cao.xlsx", XLSX),
        ("thong-bao.odt", ODT),
        ("cong-van.DOC", OLE2),
        ("so-lieu.xls", OLE2),
    ],
)
def test_real_files_are_accepted(name, data):
    assert check_file(name, data) == name.rsplit(".", 1)[1].lower()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("quyet-dinh.pdf", EXE, "có phần mở rộng .pdf nhưng nội dung thực tế là chương trình Windows (EXE)"),
        ("quyet-dinh.pdf", HTML, "nội dung thực tế là trang web HTML, không phải PDF"),
        ("ke-hoach.docx", XLSX, "nội dung thực tế là Excel (XLSX), không phải Word (DOCX)"),
        ("ke-hoach.docx", zip_of({"a.txt": "x"}), "nội dung thực tế là tệp nén ZIP"),
        ("cong-van.doc", pdf_bytes(["x"]), "nội dung thực tế là PDF"),
        ("thong-bao.odt", zip_of({"mimetype": "application/zip"}), "nội dung thực tế là tệp nén ZIP"),
        ("virus.exe", EXE, "có định dạng không được phép. Chỉ nhận các tệp PDF, DOC, DOCX, XLS, XLSX, ODT"),
        ("trang.html", HTML, "có định dạng không được phép"),
        ("khong-duoi", b"%PDF-1.4", "có định dạng không được phép"),
        ("rong.pdf", b"", "rỗng (0 byte)"),
    ],
)
def test_mismatches_are_refused_in_vietnamese(name, data, message):
    with pytest.raises(ValidationError) as caught:
        check_file(name, data)
    assert message in caught.value.messages[0]


def test_size_limit_comes_from_the_setting(settings):
    settings.DOCUMENTS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
    big = b"%PDF-1.7\n" + b"0" * (20 * 1024 * 1024)
    with pytest.raises(ValidationError) as caught:
        check_file("so-lieu.pdf", big)
    assert caught.value.messages[0].startswith("Tệp “so-lieu.pdf” có dung lượng 20 MB, vượt quá giới hạn 20 MB")
    assert check_file("so-lieu.pdf", big[:-16]) == "pdf"
    settings.DOCUMENTS_MAX_UPLOAD_SIZE = 1024
    with pytest.raises(ValidationError, match="vượt quá giới hạn 1 KB"):
        check_file("quyet-dinh.pdf", pdf_bytes(["Quyết định"]))


def test_sniff_kinds():
    assert sniff(b"\x7fELF\x02") == "elf"
    assert sniff(b"#!/bin/sh\n") == "script"
    assert sniff(b"\x89PNG\r\n") == "image"
    assert sniff(b"  <svg onload=alert(1)>") == "html"
    assert sniff(b"hello") == "unknown"


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("Công văn số 1031 PGDĐT.PDF", "cong-van-so-1031-pgddt.pdf"),
        ("../../etc/passwd.docx", "passwd.docx"),
        ("Quyết định; rm -rf.xlsx", "quyet-dinh-rm-rf.xlsx"),
        ("  .pdf", "van-ban.pdf"),
        ("Thông báo", "thong-bao"),
    ],
)
def test_safe_filenames(name, safe):
    assert safe_filename(name) == safe
