"""The regulations kit (DOCX drafts with every required content) and the record the district reads."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from docx import Document

from mailaccounts.exports.regulations import DRAFTS, EMAIL_CONTENTS, PORTAL_CONTENTS, draft_docx
from mailaccounts.models import RegulationsRecord
from tests.mailaccounts.mailaccounts_helpers import register
from tests.mailaccounts.test_mail_exports import document_text

PORTAL_REQUIRED = [
    "Nội dung đăng tải",
    "Quy trình cập nhật thông tin",
    "Trách nhiệm cập nhật, phê duyệt thông tin",
    "Trách nhiệm quản lý, vận hành kỹ thuật",
    "Chế độ làm việc của Ban Biên tập",
]
EMAIL_REQUIRED = [
    "Sử dụng thư điện tử trong giao dịch, công tác",
    "Quy trình xử lý công việc qua thư điện tử",
    "Trách nhiệm quản lý, sử dụng, bảo mật tài khoản thư điện tử",
]


def articles(text):
    return [line.split(". ", 1)[1] for line in text.splitlines() if line.startswith("Điều ")]


def test_portal_rules_have_one_article_per_required_content(school_a):
    register(school_a)
    text = document_text(Document(io.BytesIO(draft_docx("quy-che-cong", school_a))))
    assert [title for title, _ in PORTAL_CONTENTS] == PORTAL_REQUIRED
    found = articles(text)
    for content in PORTAL_REQUIRED:
        assert found.count(content) == 1, content
    assert "TRƯỜNG THCS CHU VĂN AN" in text and "thcschuvanantdm.edu.vn" in text
    assert "Phạm Thị Ngọc Lan" in text  # the principal signs
    assert "{" not in text  # every placeholder filled


def test_email_rules_have_one_article_per_required_content(school_a):
    text = document_text(Document(io.BytesIO(draft_docx("quy-che-thu", school_a))))
    assert [title for title, _ in EMAIL_CONTENTS] == EMAIL_REQUIRED
    found = articles(text)
    for content in EMAIL_REQUIRED:
        assert found.count(content) == 1, content
    assert "@ptdm.edu.vn" in text and "Gmail" in text and "{" not in text


@pytest.mark.parametrize("slug", [draft.slug for draft in DRAFTS])
def test_every_draft_opens_and_names_the_school(school_a, superuser_client, slug):
    response = superuser_client(school_a).get(f"/admin/thu-dien-tu/quy-che/{slug}.docx")
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    text = document_text(Document(io.BytesIO(response.content)))
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Trường THCS Chu Văn An".upper() in text.upper()


def test_board_decision_and_assignments_are_prefilled(school_a):
    register(school_a)
    RegulationsRecord.objects.create(
        portal=school_a, operations_unit="Tổ Văn phòng", email_focal_name="Lê Văn An", email_focal_position="Văn thư"
    )
    board = document_text(Document(io.BytesIO(draft_docx("quyet-dinh-ban-bien-tap", school_a))))
    assert "Trưởng ban" in board and "Phạm Thị Ngọc Lan" in board and "Trần Thu Hà" in board
    assert "Quản trị viên hệ thống" in board and "Số: …………/QĐ-THCSCVA" in board
    operations = document_text(Document(io.BytesIO(draft_docx("phan-cong-dau-moi-cong", school_a))))
    assert "Phân công Tổ Văn phòng làm bộ phận đầu mối" in operations and "mật khẩu" in operations
    focal = document_text(Document(io.BytesIO(draft_docx("phan-cong-dau-moi-thu", school_a))))
    assert "Phân công ông (bà) Lê Văn An, Văn thư làm cán bộ đầu mối" in focal


def test_unknown_draft_is_404(school_a, superuser_client):
    assert superuser_client(school_a).get("/admin/thu-dien-tu/quy-che/khong-co.docx").status_code == 404


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_school_records_the_signed_decision_and_focal_persons(school_a, school_b, superuser_client, portal_client):
    client = superuser_client(school_a)
    data = {
        "decision_number": "15/QĐ-THCSCVA",
        "decision_date": "2026-01-06",
        "operations_unit": "Tổ Văn phòng",
        "operations_contact": "Trần Văn Bình",
        "email_focal_name": "Lê Văn An",
        "email_focal_position": "Văn thư",
        "email_focal_phone": "0909 111 222",
        "email_focal_email": "an@gmail.com",
    }
    response = client.post(
        "/admin/thu-dien-tu/quy-che/", {**data, "decision_pdf": SimpleUploadedFile("qd.txt", b"hello")}
    )
    html = response.content.decode()
    assert response.status_code == 200 and "Không dùng hộp thư cá nhân" in html and "không phải PDF" in html
    assert not RegulationsRecord.objects.exists()
    data["email_focal_email"] = "anlv.thcschuvanan@ptdm.edu.vn"
    response = client.post(
        "/admin/thu-dien-tu/quy-che/", {**data, "decision_pdf": SimpleUploadedFile("qd-15.pdf", PDF)}
    )
    assert response.status_code == 302
    record = RegulationsRecord.objects.get()
    assert record.portal_id == school_a.pk and record.is_complete and record.updated_by == "quantri@thcschuvanantdm"
    assert str(record.decision_date) == "2026-01-06"
    # The PDF is served through the portal's privacy: logged-in users of this school only.
    page = client.get("/admin/thu-dien-tu/quy-che/").content.decode()
    url = page.split('Bản quét đã lưu: <a href="', 1)[1].split('"', 1)[0]
    assert client.get(url).status_code == 200
    anonymous = portal_client(school_a).get(url)
    assert anonymous.status_code in (302, 404) and not anonymous.get("Content-Type", "").startswith("application/pdf")
    assert portal_client(school_b).get(url).status_code == 404
    # Another school records its own row, never school A's.
    superuser_client(school_b, "quantri_b").post(
        "/admin/thu-dien-tu/quy-che/", {**data, "decision_number": "3/QĐ-MNHS"}
    )
    assert RegulationsRecord.objects.get(portal=school_a).decision_number == "15/QĐ-THCSCVA"
    assert RegulationsRecord.objects.get(portal=school_b).decision_number == "3/QĐ-MNHS"
