"""Editors create documents in the Wagtail admin: Vietnamese errors, unsafe files refused, nothing lost."""

from django_tenants.utils import tenant_context
from documents_helpers import docx_bytes, pdf_bytes, section, visible_text
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from documents.models import LegalDocumentPage
from documents.storage import store_document

EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\0" * 200


def page_data(**overrides):
    data = {
        "title": "Kế hoạch tổ chức hội thi giáo viên dạy giỏi cấp trường",
        "slug": "kế-hoạch-tổ-chức-hội-thi",  # what the admin JavaScript fills in from the title
        "number": "Số: 25/KH-THCSCVA",
        "document_type": "",
        "issuer": "",
        "signer": "Hiệu trưởng Lê Văn Dũng",
        "issue_date": "10/03/2025",
        "effective_date": "",
        "expiry_date": "",
        "field": "cong-tac-chung",
        "abstract": "Thời gian, thành phần và tiêu chí đánh giá hội thi.",
        "attachments": inline_formset([]),
        "relations": inline_formset([]),
    }
    data.update(overrides)
    return data


def errors(html):
    import re

    return re.findall(r'(?s)class="[^"]*error-message[^"]*"[^>]*>(.*?)</', html) + re.findall(
        r"(?s)help-critical[^>]*>(.*?)</div>", html
    )


def post(client, parent, data, action="action-publish"):
    payload = nested_form_data(data)
    payload[action] = action
    return client.post(f"/admin/pages/add/documents/legaldocumentpage/{parent.pk}/", payload)


def test_editor_creates_a_document_with_a_file_and_a_relation(school_a, superuser_client):
    with tenant_context(school_a):
        index = section()
        document = store_document("Kế hoạch hội thi", "Kế hoạch hội thi.docx", docx_bytes("Hội thi giáo viên dạy giỏi"))
    client = superuser_client(school_a)
    response = post(
        client,
        index,
        page_data(
            attachments=inline_formset([{"document": str(document.pk), "title": "Kế hoạch (bản Word)"}]),
            relations=inline_formset(
                [
                    {
                        "relation_type": "replaces",
                        "target_page": "",
                        "target_number": "12/KH-THCSCVA",
                        "target_date": "05/03/2024",
                        "target_title": "",
                    }
                ]
            ),
        ),
    )
    assert response.status_code == 302, errors(response.content.decode())
    with tenant_context(school_a):
        page = LegalDocumentPage.objects.get(number="25/KH-THCSCVA")
        assert page.live and page.document_type == "ke-hoach" and page.slug == "25-kh-thcscva"
        attachment = page.attachments.get()
        assert attachment.extraction_status == "ok" and "Hội thi giáo viên dạy giỏi" in attachment.extracted_text
        assert attachment.document.file.name == "documents/ke-hoach-hoi-thi.docx"
        assert [r.target_number for r in page.relations.all()] == ["12/KH-THCSCVA"]
    html = visible_text(client.get(page.url).content.decode())
    assert "Thay thế văn bản số 12/KH-THCSCVA ngày 05/03/2024" in html
    edit = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Đã trích xuất nội dung" in edit


def test_an_exe_named_pdf_is_refused_in_vietnamese_and_nothing_is_created(school_a, superuser_client):
    with tenant_context(school_a):
        index = section()
        fake = store_document("Quyết định", "quyet-dinh.pdf", EXE)
    client = superuser_client(school_a)
    response = post(client, index, page_data(attachments=inline_formset([{"document": str(fake.pk), "title": ""}])))
    html = response.content.decode()
    assert response.status_code == 200
    assert "có phần mở rộng .pdf nhưng nội dung thực tế là chương trình Windows (EXE)" in html
    with tenant_context(school_a):
        assert not LegalDocumentPage.objects.filter(number="25/KH-THCSCVA").exists()


def test_bad_number_and_relation_get_vietnamese_errors(school_a, superuser_client):
    with tenant_context(school_a):
        index = section()
    client = superuser_client(school_a)
    response = post(
        client,
        index,
        page_data(
            number="25/2025/KH",
            relations=inline_formset(
                [
                    {
                        "relation_type": "amends",
                        "target_page": "",
                        "target_number": "",
                        "target_date": "",
                        "target_title": "",
                    }
                ]
            ),
        ),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "không đúng dạng" in html
    assert "Chọn văn bản trên cổng hoặc nhập số ký hiệu văn bản liên quan." in html


def test_draft_keeps_the_pdf_preview_hidden_until_published(school_a, superuser_client):
    with tenant_context(school_a):
        index = section()
        pdf = store_document("Kế hoạch", "ke-hoach.pdf", pdf_bytes(["Kế hoạch hội thi"]))
    client = superuser_client(school_a)
    response = post(
        client,
        index,
        page_data(attachments=inline_formset([{"document": str(pdf.pk), "title": ""}])),
        action="action-save",
    )
    assert response.status_code == 302
    with tenant_context(school_a):
        page = LegalDocumentPage.objects.get(number="25/KH-THCSCVA")
        assert not page.live
    assert client.get("/van-ban/").content.decode().count("25/KH-THCSCVA") == 0


def test_issuing_bodies_are_snippets_and_unreadable_files_are_flagged_to_editors(school_a, superuser_client):
    from documents_helpers import add_document, day

    client = superuser_client(school_a)
    listing = client.get("/admin/snippets/documents/issuingbody/").content.decode()
    assert "Bộ Giáo dục và Đào tạo" in listing and "Trường THCS Chu Văn An" in listing
    response = client.post(
        "/admin/snippets/documents/issuingbody/add/",
        {"name": "Ủy ban nhân dân phường Phú Cường", "code": "UBND", "sort_order": "80"},
    )
    assert response.status_code == 302
    with tenant_context(school_a):
        from documents.models import IssuingBody

        added = IssuingBody.objects.get(name="Ủy ban nhân dân phường Phú Cường")
        assert added.slug == "uy-ban-nhan-dan-phuong-phu-cuong"
        page = add_document(
            "03/2016/QĐ-UBND",
            "Quy định chức năng, nhiệm vụ",
            day("10/11/2016"),
            files=[("ban-scan.pdf", pdf_bytes([""]))],
        )
    edit = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Không đọc được nội dung" in edit and "bản quét" in edit


def test_a_new_document_with_an_empty_slug_saves_under_its_number(school_a, superuser_client):
    """What the browser sends from "Thêm văn bản": the promote tab's fields, slug left empty."""
    with tenant_context(school_a):
        index = section()
    client = superuser_client(school_a)
    data = page_data(number="08/QĐ-THCSCVA", slug="", seo_title="", search_description="")
    response = post(client, index, data)
    assert response.status_code == 302, errors(response.content.decode())
    second = post(client, index, page_data(number="08/QĐ-THCSCVA", slug="", issue_date="10/03/2024"))
    assert second.status_code == 302, errors(second.content.decode())
    with tenant_context(school_a):
        slugs = sorted(LegalDocumentPage.objects.filter(number="08/QĐ-THCSCVA").values_list("slug", flat=True))
    assert slugs == ["08-qd-thcscva", "08-qd-thcscva-2"]


def test_an_error_on_the_promote_tab_is_named_at_the_top_of_the_form(school_a, superuser_client):
    with tenant_context(school_a):
        index = section()
    client = superuser_client(school_a)
    response = post(client, index, page_data(slug="khong hop le!"))
    html = response.content.decode()
    assert response.status_code == 200
    with tenant_context(school_a):
        assert not LegalDocumentPage.objects.filter(number="25/KH-THCSCVA").exists()
    # The message at the top (visible on every tab) names the tab and lists the field's error.
    top = html.split('class="messages"', 1)[1].split("</ul>", 2)
    assert "Thẻ “Quảng bá” có trường chưa hợp lệ" in "".join(top)
