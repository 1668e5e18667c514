"""Bulk import of a register: one transaction per row, a Vietnamese per-row report, nothing half-imported."""

import datetime
import io
import zipfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django_tenants.utils import tenant_context
from documents_helpers import add_document, day, docx_bytes, pdf_bytes, section
from openpyxl import Workbook
from wagtail.documents.models import Document
from wagtail.models import Revision

from documents.importing import import_rows
from documents.models import IssuingBody, LegalDocumentPage
from documents.registers import RegisterError, read_register

EXE = b"MZ\x90\x00" + b"\0" * 300
HEADER = [
    "STT",
    "So ky hieu",
    "Loai van ban",
    "Co quan ban hanh",
    "Ngay ban hanh",
    "Ngay co hieu luc",
    "Trich yeu",
    "Nguoi ky",
    "Linh vuc",
    "Thay the van ban",
    "Tep dinh kem",
]
ROWS = [
    [
        1,
        "36/2017/TT-BGDDT",
        "Thông tư",
        "Bộ Giáo dục và Đào tạo",
        datetime.datetime(2017, 12, 28),
        "15/02/2018",
        "Ban hành Quy chế thực hiện công khai",
        "Thứ trưởng Nguyễn Văn Phúc",
        "Công khai, kiểm định chất lượng",
        "",
        "tt36.pdf",
    ],
    [2, "36/17/TT-BGDĐT", "Thông tư", "Bộ Giáo dục và Đào tạo", "28/12/2017", "", "Số sai năm", "", "", "", ""],
    [3, "15/KH-THCSCVA", "Kế hoạch", "", "31/02/2024", "", "Ngày không có thật", "", "", "", ""],
    [4, "16/KH-THCSCVA", "", "", "01/03/2024", "", "Thiếu tệp", "", "", "", "khong-co.pdf"],
    [5, "17/QĐ-THCSCVA", "", "", "01/03/2024", "", "Tệp giả mạo", "", "", "", "ke-hoach.pdf; virus.pdf"],
    [
        6,
        "09/2024/TT-BGDĐT",
        "",
        "Bộ Giáo dục và Đào tạo",
        "03/06/2024",
        "19/07/2024",
        "Quy định về công khai trong hoạt động của các cơ sở giáo dục",
        "",
        "cong khai, kiem dinh chat luong",
        "36/2017/TT-BGDĐT; 1280/PGDĐT-CNTT",
        "tt09.docx",
    ],
    [7, "36/2017/TT-BGDĐT", "", "", "28/12/2017", "", "Trùng số", "", "", "", ""],
    [8, "18/TB-THCSCVA", "Sắc lệnh", "", "01/03/2024", "", "Hình thức lạ", "", "", "", ""],
    [9, "19/TB-THCSCVA", "", "Trường THCS Chu Văn An", "02/03/2024", "", "", "", "", "", ""],
    [None, None, None, None, None, None, None, None, None, None, None],
]


def xlsx(rows, header=HEADER, title=True):
    workbook = Workbook()
    sheet = workbook.active
    if title:
        sheet.append(["SỔ THEO DÕI VĂN BẢN ĐẾN NĂM 2024"])
        sheet.append([])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def files_dir(tmp_path):
    (tmp_path / "tt36.pdf").write_bytes(pdf_bytes(["Quy chế thực hiện công khai"]))
    (tmp_path / "tt09.docx").write_bytes(docx_bytes("Công khai trong hoạt động của cơ sở giáo dục"))
    (tmp_path / "ke-hoach.pdf").write_bytes(pdf_bytes(["Kế hoạch"]))
    (tmp_path / "virus.pdf").write_bytes(EXE)
    return tmp_path


def stored_files(portal):
    folder = Path(settings.MEDIA_ROOT) / portal.schema_name / "documents"
    return sorted(p.name for p in folder.glob("*")) if folder.exists() else []


def test_command_imports_good_rows_and_reports_bad_ones(school_a, files_dir, tmp_path, capsys):
    register = tmp_path / "so-van-ban.xlsx"
    register.write_bytes(xlsx(ROWS))
    with tenant_context(school_a):
        before = (LegalDocumentPage.objects.count(), Document.objects.count(), Revision.objects.count())
    files_before = stored_files(school_a)
    call_command("import_documents", school_a.schema_name, str(register), files_dir=str(files_dir))
    out, err = capsys.readouterr()
    assert "Đã nhập 2 văn bản (xuất bản 2), bỏ qua 1, lỗi 6." in out
    assert "Dòng 5 (36/17/TT-BGDĐT): Lỗi. Năm ban hành trong số ký hiệu “36/17/TT-BGDĐT” phải có đủ 4 chữ số" in out
    assert "Dòng 6 (15/KH-THCSCVA): Lỗi. Ngày ban hành: “31/02/2024” không phải ngày hợp lệ" in out
    assert "Dòng 7 (16/KH-THCSCVA): Lỗi. Không tìm thấy tệp “khong-co.pdf”" in out
    assert (
        "Dòng 8 (17/QĐ-THCSCVA): Lỗi. Tệp “virus.pdf” có phần mở rộng .pdf nhưng nội dung thực tế là "
        "chương trình Windows (EXE)" in out
    )
    assert "Dòng 10 (36/2017/TT-BGDĐT): Bỏ qua. Đã có trong sổ văn bản." in out
    assert "Dòng 11 (18/TB-THCSCVA): Lỗi. Hình thức văn bản “Sắc lệnh” không có trong danh mục." in out
    assert "Dòng 12 (19/TB-THCSCVA): Lỗi. Thiếu trích yếu." in out
    assert "dòng" in err  # the tqdm progress bar
    with tenant_context(school_a):
        after = (LegalDocumentPage.objects.count(), Document.objects.count(), Revision.objects.count())
        assert after == (before[0] + 2, before[1] + 2, before[2] + 2)  # two pages, two files, two revisions
        assert not LegalDocumentPage.objects.filter(number="17/QĐ-THCSCVA").exists()
        old = LegalDocumentPage.objects.get(number="36/2017/TT-BGDĐT")
        new = LegalDocumentPage.objects.get(number="09/2024/TT-BGDĐT")
        assert old.live and old.effective_date == day("15/02/2018") and old.field == "cong-khai-kiem-dinh"
        assert old.signer == "Thứ trưởng Nguyễn Văn Phúc" and old.issuer.name == "Bộ Giáo dục và Đào tạo"
        assert old.attachments.get().extraction_status == "ok"
        assert [(r.target_page_id, r.target_number) for r in new.relations.order_by("sort_order", "pk")] == [
            (old.pk, ""),
            (None, "1280/PGDĐT-CNTT"),
        ]
        assert old.status() == "bi-thay-the"
    # the files of the refused row 8 (ke-hoach.pdf was stored before virus.pdf was refused) are gone too
    new_files = set(stored_files(school_a)) - set(files_before)
    assert len(new_files) == 2 and not any(name.startswith(("ke-hoach", "virus")) for name in new_files)


def test_importing_the_same_register_twice_adds_nothing(school_a, files_dir, tmp_path):
    with tenant_context(school_a):
        rows = read_register("so.xlsx", xlsx(ROWS[:1]))
        first = import_rows(section(), rows, files=None)
        assert first.failed == 1  # tt36.pdf is named but no folder was given
        from documents.importing import folder_files

        assert import_rows(section(), rows, files=folder_files(files_dir)).created == 1
        again = import_rows(section(), rows, files=folder_files(files_dir))
        assert (again.created, again.skipped) == (0, 1)


def test_admin_view_imports_csv_with_a_zip_of_files(school_b, superuser_client):
    csv_text = (
        "Số ký hiệu;Ngày ban hành;Trích yếu;Cơ quan ban hành;Tệp đính kèm\r\n"
        "05/KH-MNHS;05/09/2025;Kế hoạch năm học 2025-2026;Trường Mầm non Hoa Sen;ke-hoach.docx\r\n"
        "06/KH-MNHS;31/13/2025;Ngày sai;;\r\n"
    )
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("ho-so/ke-hoach.docx", docx_bytes("Kế hoạch năm học của trường mầm non"))
    client = superuser_client(school_b)
    assert "/admin/van-ban/nhap-so/" in client.get("/admin/").content.decode()  # in the sidebar menu
    response = client.post(
        "/admin/van-ban/nhap-so/",
        {
            "register": _upload("so-van-ban.csv", "\ufeff".encode() + csv_text.encode()),
            "attachments": _upload("tep.zip", archive.getvalue()),
            "publish": "on",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Đã nhập 1 văn bản (xuất bản 1), bỏ qua 0, lỗi 1." in html
    assert "“31/13/2025” không phải ngày hợp lệ" in html
    with tenant_context(school_b):
        page = LegalDocumentPage.objects.get(number="05/KH-MNHS")
        assert page.live and page.issuer == IssuingBody.objects.get(name="Trường Mầm non Hoa Sen")
        assert "Kế hoạch năm học của trường mầm non" in page.attachments.get().extracted_text


def test_admin_view_refuses_a_register_without_its_columns(school_b, superuser_client):
    client = superuser_client(school_b)
    response = client.post(
        "/admin/van-ban/nhap-so/",
        {"register": _upload("so.xlsx", xlsx([["x"]], header=["Tên", "Ngày"], title=False)), "publish": "on"},
    )
    assert "Không tìm thấy dòng tiêu đề" in response.content.decode()
    response = client.post("/admin/van-ban/nhap-so/", {"register": _upload("so.xlsx", b"PK\x03\x04 broken")})
    assert "không phải bảng tính Excel .xlsx hợp lệ" in response.content.decode()  # the shared reader
    response = client.post("/admin/van-ban/nhap-so/", {"register": _upload("so.pdf", b"%PDF-1.4")})
    assert "Chỉ nhận sổ văn bản dạng Excel (.xlsx) hoặc CSV (.csv)." in response.content.decode()


def test_register_reader_errors():
    with pytest.raises(RegisterError, match="Thiếu cột bắt buộc: “Ngày ban hành”"):
        read_register("so.xlsx", xlsx([["1", "15/KH-UBND", "Kế hoạch"]], header=["STT", "Số ký hiệu", "Trích yếu"]))


def test_import_needs_editor_permission(school_a, portal_client):
    with tenant_context(school_a):
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Permission

        user = get_user_model().objects.create_user("khach", "khach@ptdm.edu.vn", "MatKhau@2025")
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
        add_document("01/TB-THCSCVA", "Thông báo", day("01/01/2025"))
        client = portal_client(school_a)
        client.force_login(user)  # the session lives in the portal's schema
    assert client.get("/admin/van-ban/nhap-so/").status_code in (302, 403)
    assert "/admin/van-ban/nhap-so/" not in client.get("/admin/").content.decode()


def _upload(name, data):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, data)


def test_an_editor_who_cannot_publish_sends_the_import_to_approval(school_a, portal_client):
    """ "Xuất bản ngay" for an editor: each new document enters the approval workflow, the report says so."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from wagtail.models import WorkflowState

    from portal.core.scaffold import GROUP_NAMES

    with tenant_context(school_a):
        user = get_user_model().objects.create_user("bientap2", "bientap2@ptdm.edu.vn", "MatKhau@2025", is_staff=True)
        user.groups.add(Group.objects.get(name=GROUP_NAMES["Editors"]))
        add_document("01/KH-THCSCVA", "Kế hoạch đã có", day("02/01/2025"))
        client = portal_client(school_a)
        client.force_login(user)
    form = client.get("/admin/van-ban/nhap-so/").content.decode()
    assert "Gửi Ban Biên tập duyệt ngay" in form
    csv_text = (
        "Số ký hiệu;Ngày ban hành;Trích yếu\r\n"
        "07/KH-THCSCVA;05/09/2025;Kế hoạch hoạt động ngoài giờ lên lớp\r\n"
        "01/KH-THCSCVA;02/01/2025;Kế hoạch đã có\r\n"
        "08/KH;05/09/2025;Số thiếu cơ quan\r\n"
    )
    response = client.post(
        "/admin/van-ban/nhap-so/", {"register": _upload("so.csv", csv_text.encode()), "publish": "on"}
    )
    html = response.content.decode()
    assert "Đã nhập 1 văn bản (gửi duyệt 1), bỏ qua 1, lỗi 1." in html
    assert "Đã gửi duyệt" in html and "Bỏ qua" in html and "Lỗi" in html
    with tenant_context(school_a):
        page = LegalDocumentPage.objects.get(number="07/KH-THCSCVA")
        assert not page.live
        state = WorkflowState.objects.get(object_id=str(page.pk))
        assert state.status == WorkflowState.STATUS_IN_PROGRESS and state.requested_by == user

    drafts = client.post(
        "/admin/van-ban/nhap-so/",
        {
            "register": _upload(
                "so.csv", "Số ký hiệu;Ngày ban hành;Trích yếu\r\n09/TB-THCSCVA;06/09/2025;Lịch họp\r\n".encode()
            )
        },
    ).content.decode()
    assert "Đã nhập 1 văn bản (bản nháp 1), bỏ qua 0, lỗi 0." in drafts
    with tenant_context(school_a):
        page = LegalDocumentPage.objects.get(number="09/TB-THCSCVA")
        assert not page.live and not WorkflowState.objects.filter(object_id=str(page.pk)).exists()
