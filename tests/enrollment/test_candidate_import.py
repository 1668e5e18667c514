"""Import of a candidate list from XLSX or CSV: aliases, encodings, and broken files that import nothing."""

import datetime
import io
import unicodedata
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django_tenants.utils import tenant_context

from portal.enrollment.importing import CandidateImportError, import_candidates
from portal.enrollment.models import Candidate, CandidateImport


def import_into(portal, notice, data, name):
    with tenant_context(portal):
        return import_candidates(notice, data, name)


def stored(portal, notice):
    with tenant_context(portal):
        return list(
            Candidate.objects.filter(notice_id=notice.pk).values_list(
                "number", "full_name", "birth_date", "gender", "previous_school", "result"
            )
        )


def test_xlsx_with_title_lines_aliases_date_cells_and_personal_columns(school_a, make_notice, files):
    notice = make_notice(school_a)
    title = [["PHÒNG GD&ĐT THÀNH PHỐ THỦ DẦU MỘT"], ["DANH SÁCH HỌC SINH DỰ TUYỂN LỚP 6 NĂM HỌC 2026-2027"], []]
    header = [
        "TT",
        "Ho va ten hoc sinh",
        "Ngày sinh (dd/mm/yyyy)",
        "GIỚI TÍNH",
        "Số điện thoại",
        "Địa chỉ",
        "Trường tiểu học",
        "Kết quả xét tuyển",
    ]
    rows = [
        [
            1,
            "  Nguyễn   Văn An ",
            datetime.datetime(2014, 9, 5),
            "Nam",
            "0908 123 456",
            "12 Lê Lợi",
            "TH Phú Hòa 1",
            "Trúng tuyển",
        ],
        [2.0, "Trần Thị Bích Ngọc", "12/1/2014", "nữ", "0913 000 111", "5 Yersin", "TH Phú Hòa 2", ""],
        [],
        ["", "Người lập danh sách", "", "", "", "", "", ""],
        ["", "HIỆU TRƯỞNG", "", "", "", "", "", ""],
    ]
    report = import_into(school_a, notice, files.xlsx([header, *rows], title_rows=title), "danh-sach.xlsx")
    assert report.count == 2
    assert report.personal_columns == ["Số điện thoại", "Địa chỉ"]
    assert len(report.skipped_lines) == 2
    assert stored(school_a, notice) == [
        (1, "Nguyễn Văn An", datetime.date(2014, 9, 5), "nam", "TH Phú Hòa 1", "Trúng tuyển"),
        (2, "Trần Thị Bích Ngọc", datetime.date(2014, 1, 12), "nu", "TH Phú Hòa 2", ""),
    ]
    with tenant_context(school_a):
        values = " ".join(str(v) for row in Candidate.objects.values_list() for v in row)
    assert "0908" not in values and "Lê Lợi" not in values


def test_csv_utf8_with_bom_and_semicolons_is_stored_nfc(school_a, make_notice, files):
    notice = make_notice(school_a)
    rows = [*files.rows[:3], [4, unicodedata.normalize("NFD", "Phạm Thị Thủy"), "01/12/2014", "Nữ", "", ""]]
    report = import_into(school_a, notice, files.csv([files.header, *rows], delimiter=";"), "ds.csv")
    assert report.count == 4 and report.encoding == "utf-8-sig"
    assert stored(school_a, notice)[3][:2] == (4, "Phạm Thị Thủy")
    assert unicodedata.is_normalized("NFC", stored(school_a, notice)[3][1])


def test_csv_in_windows_1258(school_a, make_notice, files):
    notice = make_notice(school_a)
    report = import_into(school_a, notice, files.cp1258([files.header, *files.rows]), "ds-cu.csv")
    assert report.encoding == "cp1258"
    assert [row[1] for row in stored(school_a, notice)] == [row[1] for row in files.rows]


def truncated_xlsx(files):
    data = files.xlsx([files.header, *files.rows])
    return data[: len(data) // 2]


def zip_without_workbook():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "xin chào")
    return buffer.getvalue()


BROKEN = {
    "not-xlsx": (lambda f: b"Day khong phai tep Excel", "ds.xlsx", "không phải bảng tính Excel .xlsx hợp lệ"),
    "corrupt-zip": (truncated_xlsx, "ds.xlsx", "không phải bảng tính Excel .xlsx hợp lệ"),
    "zip-not-workbook": (lambda f: zip_without_workbook(), "ds.xlsx", "không phải bảng tính Excel .xlsx hợp lệ"),
    "old-xls": (lambda f: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "ds.xls", "(.xls) không được hỗ trợ"),
    "binary-csv": (lambda f: b"STT,Ho va ten\x00\x01\x02\xff\xfe\x00", "ds.csv", "Không đọc được tệp CSV"),
    "missing-columns": (
        lambda f: f.csv([["STT", "Họ và tên", "Ngày sinh"], [1, "Nguyễn Văn An", "05/09/2014"]]),
        "ds.csv",
        "Không tìm thấy dòng tiêu đề có đủ các cột bắt buộc: STT, Họ và tên, Ngày sinh, Giới tính (dòng 1 thiếu: "
        "Giới tính)",
    ),
    "impossible-date": (
        lambda f: f.csv([f.header, *f.rows[:2], [3, "Lê Hoàng Đức", "31/02/2014", "Nam", "", ""]]),
        "ds.csv",
        "Dòng 4: Ngày sinh “31/02/2014” không có thật.",
    ),
    "iso-date": (
        lambda f: f.csv([f.header, [1, "Lê Hoàng Đức", "2014-02-03", "Nam", "", ""]]),
        "ds.csv",
        "Dòng 2: Ngày sinh “2014-02-03” phải theo dạng dd/mm/yyyy",
    ),
    "oversize": (lambda f: f.csv([f.header]) + b"x" * (5 * 1024 * 1024), "ds.csv", "Tệp quá lớn (5,0 MB)"),
    "too-many-rows": (
        lambda f: f.csv([f.header] + [[n, "Nguyễn Văn An", "05/09/2014", "Nam", "", ""] for n in range(1, 5102)]),
        "ds.csv",
        "tối đa 5.000 thí sinh",
    ),
    "wrong-type": (lambda f: b"%PDF-1.7 ...", "ds.pdf", "Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv)."),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_file_imports_nothing_and_keeps_the_previous_list(school_a, make_notice, files, case):
    notice = make_notice(school_a)
    import_into(school_a, notice, files.xlsx([files.header, *files.rows]), "cu.xlsx")
    before = stored(school_a, notice)
    build, name, message = BROKEN[case]
    with pytest.raises(CandidateImportError) as error:
        import_into(school_a, notice, build(files), name)
    assert any(message in text for text in error.value.messages), error.value.messages
    assert stored(school_a, notice) == before and len(before) == 4
    with tenant_context(school_a):
        assert CandidateImport.objects.filter(notice_id=notice.pk).count() == 1


def test_one_bad_row_among_many_imports_nothing_and_lists_every_error(school_a, make_notice, files):
    notice = make_notice(school_a)
    good = [[n, f"Nguyễn Văn An {chr(64 + n % 26 + 1)}", "05/09/2014", "Nam", "", ""] for n in range(1, 31)]
    bad = [[31, "Trần Thị Mai", "05/09/2014", "Không rõ", "", ""], [30, "Lê Văn Sơn", "", "Nam", "", ""]]
    with pytest.raises(CandidateImportError) as error:
        import_into(school_a, notice, files.xlsx([files.header, *good, *bad]), "ds.xlsx")
    assert error.value.messages == [
        "Dòng 32: Giới tính “Không rõ” phải là Nam hoặc Nữ.",
        "Dòng 33: STT 30 trùng với dòng 31; thiếu Ngày sinh.",
    ]
    assert stored(school_a, notice) == []


def upload(data, name):
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


def test_admin_view_imports_reports_errors_and_clears(school_a, make_notice, files, superuser_client):
    notice = make_notice(school_a)
    client = superuser_client(school_a)
    url = f"/admin/tuyen-sinh/{notice.pk}/danh-sach-du-tuyen/"
    page = client.get(url).content.decode()
    assert "Cấu trúc tệp" in page and "Luật 91/2025/QH15" in page
    response = client.post(url, {"file": upload(files.xlsx([files.header, *files.rows]), "ds.xlsx")}, follow=True)
    assert "Đã nhập 4 thí sinh từ “ds.xlsx”." in response.content.decode()
    response = client.post(url, {"file": upload(b"khong phai excel", "ds.xlsx")})
    html = response.content.decode()
    assert response.status_code == 200 and 'role="alert"' in html
    assert "chưa có dòng nào được lưu và danh sách cũ vẫn giữ nguyên" in html
    assert len(stored(school_a, notice)) == 4
    edit = client.get(f"/admin/pages/{notice.pk}/edit/").content.decode()
    assert url in edit  # the header menu leads to the list
    client.post(url, {"action": "clear"})
    assert stored(school_a, notice) == []


def test_admin_view_needs_edit_permission(school_a, make_notice, portal_client):
    notice = make_notice(school_a)
    with tenant_context(school_a):
        user = get_user_model().objects.create_user("khach", "khach@ptdm.edu.vn", "MatKhau@2025")
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client = portal_client(school_a)
    client.post("/admin/login/", {"username": "khach", "password": "MatKhau@2025"})
    response = client.get(f"/admin/tuyen-sinh/{notice.pk}/danh-sach-du-tuyen/")
    # Wagtail turns PermissionDenied into a redirect to the dashboard with a "no permission" message.
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_candidate_lists_are_isolated_between_schools(school_a, school_b, make_notice, files, superuser_client):
    notice_a = make_notice(school_a)
    import_into(school_a, notice_a, files.xlsx([files.header, *files.rows]), "a.xlsx")
    client_b = superuser_client(school_b)
    url = f"/admin/tuyen-sinh/{notice_a.pk}/danh-sach-du-tuyen/"
    assert client_b.get(url).status_code == 404  # no such notice in school B's own schema
    notice_b = make_notice(school_b, title="Thông báo tuyển sinh mầm non")
    other = [files.header, [1, "Hoàng Gia Bảo", "03/03/2021", "Nam", "", ""]]
    client_b.post(f"/admin/tuyen-sinh/{notice_b.pk}/danh-sach-du-tuyen/", {"file": upload(files.csv(other), "b.csv")})
    assert [r[1] for r in stored(school_b, notice_b)] == ["Hoàng Gia Bảo"]
    assert len(stored(school_a, notice_a)) == 4
    with tenant_context(school_b):
        assert not Candidate.objects.filter(full_name="Nguyễn Văn An").exists()
    html_b = client_b.get("/tuyen-sinh/thong-bao-lop-6/").content.decode()
    assert "Hoàng Gia Bảo" in html_b and "Nguyễn Văn An" not in html_b
