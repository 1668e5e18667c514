"""XLSX and CSV downloads of the statistics, and the round trip back through the import."""

import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django_tenants.utils import tenant_context
from yearbook_helpers import YEARS, mn_row, thcs_row

from portal.yearbook.models import YearbookPage
from portal.yearbook.tabular import YearbookImportError, parse_rows, validate_rows

ROWS = [thcs_row(year, step) for step, year in enumerate(YEARS)]


def field_values(portal, draft=False):
    with tenant_context(portal):
        page = YearbookPage.objects.get()
        if draft:
            page = page.get_latest_revision_as_object()
        return [{k: getattr(row, k) for k in ROWS[0]} for row in page.rows.all()]


def test_csv_download_is_utf8_with_bom_for_excel(school_a, publish_rows, portal_client):
    publish_rows(school_a, ROWS)
    response = portal_client(school_a).get("/nien-giam-thong-ke/csv/")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="nien-giam-thong-ke-thcschuvanantdm.csv"'
    assert response.content.startswith(b"\xef\xbb\xbf")
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Năm học,Số lớp (nhóm, lớp)") is False  # the comma inside is quoted
    assert lines[0].startswith('Năm học,"Số lớp (nhóm, lớp)",Số giáo viên')
    assert "Học sinh khối 6" in lines[0] and "Học sinh khối 1" not in lines[0]
    assert len(lines) == 1 + len(YEARS) and lines[1].startswith("2020-2021,28,60,12,1140,300,290,280,270")


def test_xlsx_download_opens_in_openpyxl(school_a, publish_rows, portal_client):
    publish_rows(school_a, ROWS)
    response = portal_client(school_a).get("/nien-giam-thong-ke/xlsx/")
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert sheet.title == "Niên giám thống kê"
    assert [c.value for c in sheet[1]][:5] == [
        "Năm học",
        "Số lớp (nhóm, lớp)",
        "Số giáo viên",
        "Số cán bộ quản lý, nhân viên",
        "Tổng số học sinh (trẻ)",
    ]
    assert [c.value for c in sheet[7]][:3] == ["2025-2026", 33, 65]


@pytest.mark.parametrize("extension", ["xlsx", "csv"])
def test_export_then_import_gives_back_the_same_rows(
    school_a, publish_rows, portal_client, superuser_client, extension
):
    publish_rows(school_a, ROWS)
    exported = portal_client(school_a).get(f"/nien-giam-thong-ke/{extension}/").content
    with tenant_context(school_a):
        parsed = parse_rows(exported, f"nien-giam.{extension}", "thcs")
        validate_rows(parsed)
    assert [{k: row.get(k) for k in ROWS[0]} for row in parsed] == ROWS
    # Through the admin: wipe the rows, import the file, and the draft has the same rows again.
    publish_rows(school_a, [])
    with tenant_context(school_a):
        page_id = YearbookPage.objects.get().pk
    client = superuser_client(school_a)
    response = client.post(
        f"/admin/nien-giam/{page_id}/nhap/",
        {"file": SimpleUploadedFile(f"nien-giam.{extension}", exported)},
        follow=True,
    )
    assert "Đã nhập 6 năm học" in response.content.decode()
    assert field_values(school_a, draft=True) == ROWS
    assert field_values(school_a) == []  # a draft: the public page is unchanged until it is published


BAD_FILES = [
    (b"khong phai excel", "a.xlsx", "không phải bảng tính Excel"),
    (b"%PDF-1.4", "a.pdf", "Chỉ nhận tệp Excel (.xlsx) hoặc CSV"),
    ("Năm học,Số lớp\r\n2024-2025,3\r\n".encode(), "a.csv", "Thiếu các cột: Số giáo viên"),
]


@pytest.mark.parametrize(("data", "name", "message"), BAD_FILES)
def test_broken_import_keeps_the_figures(school_a, publish_rows, superuser_client, data, name, message):
    page = publish_rows(school_a, ROWS[:2])
    url = f"/admin/nien-giam/{page.pk}/nhap/"
    response = superuser_client(school_a).post(url, {"file": SimpleUploadedFile(name, data)})
    html = response.content.decode()
    assert response.status_code == 200 and 'role="alert"' in html and message in html
    assert field_values(school_a, draft=True) == ROWS[:2]


def test_import_validates_every_row_like_the_admin(school_a, publish_rows, portal_client):
    publish_rows(school_a, ROWS)
    text = portal_client(school_a).get("/nien-giam-thong-ke/csv/").content.decode("utf-8-sig")
    lines = text.splitlines()
    lines[2] = lines[2].replace("2021-2022,29", "2021-2023,-29")
    lines[3] = lines[3].replace("2022-2023", "2020-2021")
    with tenant_context(school_a), pytest.raises(YearbookImportError) as error:
        validate_rows(parse_rows("\r\n".join(lines).encode(), "a.csv", "thcs"))
    assert error.value.messages == [
        "Dòng 3: Năm học “2021-2023” không hợp lệ: năm sau phải bằng năm trước cộng 1 (ví dụ 2021-2022); "
        "Số liệu không được là số âm.",
        "Dòng 4: năm học 2020-2021 trùng với dòng 2.",
    ]


def test_a_preschool_file_does_not_fit_a_lower_secondary_school(school_a, school_b, publish_rows, portal_client):
    publish_rows(school_b, [mn_row("2025-2026", 0)])
    exported = portal_client(school_b).get("/nien-giam-thong-ke/csv/").content
    with tenant_context(school_a), pytest.raises(YearbookImportError) as error:
        parse_rows(exported, "mn.csv", "thcs")
    assert "Các cột không thuộc mẫu niên giám của đơn vị: Học sinh nhà trẻ" in error.value.messages[0]


def test_imports_and_exports_stay_in_their_school(school_a, school_b, publish_rows, portal_client, superuser_client):
    publish_rows(school_a, ROWS)
    publish_rows(school_b, [mn_row("2025-2026", 0)])
    csv_b = portal_client(school_b).get("/nien-giam-thong-ke/csv/").content.decode("utf-8-sig")
    assert "2021-2022" not in csv_b and "Học sinh nhà trẻ" in csv_b
    with tenant_context(school_b):
        page_b = YearbookPage.objects.get()
    page_a_rows = field_values(school_a)
    exported_b = portal_client(school_b).get("/nien-giam-thong-ke/xlsx/").content
    upload = SimpleUploadedFile("b.xlsx", exported_b)
    superuser_client(school_b).post(f"/admin/nien-giam/{page_b.pk}/nhap/", {"file": upload})
    assert field_values(school_a) == page_a_rows
    assert field_values(school_a, draft=True) == page_a_rows
