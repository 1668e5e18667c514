"""Downloads: counted atomically, PDFs inline, everything else as an attachment, safe names and types."""

import re

from django_tenants.utils import tenant_context
from documents_helpers import add_document, day, docx_bytes, pdf_bytes, visible_text

from documents.models import AttachmentDownload
from documents.storage import store_document

HTML = b"<!DOCTYPE html><html><script>alert(document.cookie)</script></html>"


def make(portal):
    with tenant_context(portal):
        page = add_document(
            "15/KH-THCSCVA",
            "Kế hoạch hội thi",
            day("10/03/2025"),
            files=[
                ("Kế hoạch hội thi.pdf", pdf_bytes(["Kế hoạch hội thi"])),
                ("Phụ lục.docx", docx_bytes("Phụ lục")),
            ],
        )
        pdf, word = page.attachments.order_by("sort_order", "pk")
        page.base = page.url  # URLs need the portal's Site: compute them inside its schema
        return page, pdf, word


def test_download_counter_increments_and_survives_a_new_revision(school_a, portal_client):
    page, pdf, word = make(school_a)
    client = portal_client(school_a)
    for _ in range(3):
        assert client.get(f"{page.base}tai-ve/{pdf.pk}/").status_code == 200
    client.get(f"{page.base}tai-ve/{word.pk}/")
    client.head(f"{page.base}tai-ve/{word.pk}/")  # HEAD is not a download
    client.get(f"{page.base}xem/{pdf.pk}/")  # the inline preview is not a download either
    with tenant_context(school_a):
        assert AttachmentDownload.objects.get(attachment=pdf).count == 3
        assert AttachmentDownload.objects.get(attachment=word).count == 1
        page.title = "Kế hoạch hội thi (sửa)"
        page.save_revision().publish()  # rewrites the attachment rows from the revision
        assert AttachmentDownload.objects.get(attachment=pdf).count == 3
    html = visible_text(client.get(page.base).content.decode())
    assert "3 lượt tải" in html and "1 lượt tải" in html


def test_pdf_is_inline_other_files_are_attachments_with_safe_names(school_a, portal_client):
    page, pdf, word = make(school_a)
    client = portal_client(school_a)
    response = client.get(f"{page.base}tai-ve/{pdf.pk}/")
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'inline; filename="15-KH-THCSCVA.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    response = client.get(f"{page.base}tai-ve/{word.pk}/")
    assert response["Content-Disposition"] == 'attachment; filename="15-KH-THCSCVA-phu-luc.docx"'
    assert response["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.wordprocessingml")
    assert "sandbox" in response["Content-Security-Policy"]
    assert client.get(f"{page.base}xem/{word.pk}/").status_code == 404  # only PDFs have a preview
    assert client.get(f"{page.base}tai-ve/999999/").status_code == 404
    assert client.post(f"{page.base}tai-ve/{pdf.pk}/").status_code in (403, 404, 405)


def test_detail_page_embeds_the_pdf_with_a_download_fallback(school_a, portal_client):
    page, pdf, _ = make(school_a)
    html = portal_client(school_a).get(page.base).content.decode()
    assert f'<object data="{page.base}xem/{pdf.pk}/" type="application/pdf"' in html
    assert f'href="{page.base}tai-ve/{pdf.pk}/">Tải tệp về để xem</a>' in html


def test_wagtail_document_urls_are_served_safely_too(school_a, portal_client):
    with tenant_context(school_a):
        word = store_document("Phụ lục", "Phụ lục.docx", docx_bytes("Phụ lục"))
        pdf = store_document("Quyết định", "quyet-dinh.pdf", pdf_bytes(["Quyết định"]))
        disguised = store_document("Thông báo", "thong-bao.pdf", HTML)
        urls = (word.url, pdf.url, disguised.url)
    client = portal_client(school_a)
    response = client.get(urls[0])  # genuine files keep Wagtail's own (safe) headers
    assert response["Content-Disposition"].startswith('attachment; filename="phu-luc')
    assert response["X-Content-Type-Options"] == "nosniff"
    response = client.get(urls[1])
    assert response["Content-Disposition"].startswith("inline")
    assert response["Content-Type"] == "application/pdf"
    response = client.get(urls[2])
    assert response["Content-Disposition"] == 'attachment; filename="thong-bao.pdf"'
    assert response["Content-Type"] == "application/octet-stream"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_downloads_keep_the_document_number_in_their_name(school_a, portal_client):
    """08/QĐ-THPH1, 09/QĐ-THPH1 and 15/QĐ-THPH1 used to download alike as ``qd-thph1.pdf``."""
    from documents.safety import number_filename

    client = portal_client(school_a)
    names = []
    with tenant_context(school_a):
        pages = [
            add_document(number, "Quyết định thành lập tổ", day("05/09/2025"), files=[("QĐ.pdf", pdf_bytes(["QĐ"]))])
            for number in ("08/QĐ-THPH1", "09/QĐ-THPH1", "15/QĐ-THPH1")
        ]
        urls = [(page.url, page.attachments.get().pk) for page in pages]
    for url, attachment_id in urls:
        names.append(client.get(f"{url}tai-ve/{attachment_id}/")["Content-Disposition"])
    assert names == [f'inline; filename="{n}-QD-THPH1.pdf"' for n in ("08", "09", "15")]
    assert number_filename("36/2017/TT-BGDĐT", "PDF") == "36-2017-TT-BGDDT.pdf"
    assert number_filename("11/2020/TTLT-BGDĐT-BNV", "docx", "phu-luc") == "11-2020-TTLT-BGDDT-BNV-phu-luc.docx"

    # The page offers one full-size "Tải về" button per file, with its type and size.
    html = client.get(urls[0][0]).content.decode()
    button = html.split('class="doc-download"', 1)[1].split("</a>", 1)[0]
    assert ">Tải về<" in button
    assert re.search(r"\(PDF, [\d,]+ (byte|KB|MB)\)", button), button
