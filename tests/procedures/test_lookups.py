"""Look-ups: import with legacy text and bad rows; two matching identifiers; throttle; privacy; isolation."""

import datetime
import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django_tenants.utils import tenant_context

from portal.text.legacy import encode_legacy
from procedures.lookups import NOT_FOUND
from procedures.models import DiplomaLookupPage, ExamResult, ExamResultLookupPage

pytestmark = pytest.mark.django_db
HEADER = ["STT", "Số báo danh", "Họ và tên", "Ngày sinh", "Phòng thi", "Toán", "Ngữ văn", "Tiếng Anh", "Tổng điểm"]
ROWS = [
    [1, "TS0001", "Nguyễn Văn An", "05/09/2012", "Phòng 01", 8.5, "7,25", 9, "24,75"],
    [2, "TS0002", "Trần Thị Bích Ngọc", datetime.datetime(2012, 1, 12), "Phòng 01", 9, 8, "Vắng", "17"],
    [3, "TS0010", "Lê Hoàng Đức", "28/02/2012", "Phòng 02", 6, 5.5, 7, "18,5"],
]


def xlsx(rows, header=HEADER, title=("KẾT QUẢ KIỂM TRA KHẢO SÁT LỚP 9",)):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(list(title))
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def pages(portal):
    with tenant_context(portal):
        exam = ExamResultLookupPage.objects.get()
        diploma = DiplomaLookupPage.objects.get()
        return exam.pk, exam.url, diploma.pk, diploma.url


def upload(admin, page_id, data, name="ket-qua.xlsx"):
    return admin.post(f"/admin/tra-cuu/{page_id}/nhap/", {"file": SimpleUploadedFile(name, data)})


def test_import_converts_tcvn3_text_and_lookup_needs_both_identifiers(school_a, portal_client, superuser_client):
    exam_id, exam_url, _diploma_id, _ = pages(school_a)
    legacy_rows = [[*row[:2], encode_legacy(row[2], "tcvn3"), *row[3:]] for row in ROWS]
    legacy_header = [encode_legacy(cell, "tcvn3") for cell in HEADER]
    response = upload(superuser_client(school_a), exam_id, xlsx(legacy_rows, header=legacy_header))
    assert response.status_code == 302
    with tenant_context(school_a):
        an = ExamResult.objects.get(candidate_number="TS0001")
    assert an.full_name == "Nguyễn Văn An"
    assert an.scores == [["Toán", "8,5"], ["Ngữ văn", "7,25"], ["Tiếng Anh", "9"]]

    visitor = portal_client(school_a)
    form = visitor.get(exam_url)
    assert "Nguyễn Văn An" not in form.content.decode()  # no listing, ever
    assert form["X-Robots-Tag"] == "noindex" and form["Cache-Control"] == "private, no-store"
    assert '<meta name="robots" content="noindex">' in form.content.decode()
    found = visitor.post(exam_url, {"number": " ts0001 ", "birth_date": "05/09/2012"})
    html = found.content.decode()
    assert "Nguyễn Văn An" in html and "7,25" in html and found["Cache-Control"] == "private, no-store"
    iso = visitor.post(exam_url, {"number": "TS0002", "birth_date": "2012-01-12"}).content.decode()
    assert "Trần Thị Bích Ngọc" in iso and "Vắng" in iso
    for wrong in (
        {"number": "TS0001", "birth_date": "06/09/2012"},  # right number, wrong date
        {"number": "TS000", "birth_date": "05/09/2012"},  # partial number
        {"number": "Nguyễn Văn An", "birth_date": "05/09/2012"},  # a name is not an identifier
    ):
        html = visitor.post(exam_url, wrong).content.decode()
        assert NOT_FOUND in html and "Kết quả của thí sinh" not in html and "24,75" not in html
    missing = visitor.post(exam_url, {"number": "TS0001"}).content.decode()
    assert "Nguyễn Văn An" not in missing and "bắt buộc" in missing


def test_bad_rows_are_reported_by_line_and_nothing_changes(school_a, superuser_client):
    exam_id, *_ = pages(school_a)
    admin = superuser_client(school_a)
    assert upload(admin, exam_id, xlsx(ROWS)).status_code == 302
    bad = [
        [1, "TS0001", "Nguyễn Văn An", "31/02/2012", "P1", 8, 7, 9, ""],
        [2, "", "Trần Thị Bích Ngọc", "12/01/2012", "P1", 8, 7, 9, ""],
        [3, "TS0003", "Lê Hoàng Đức", "28/02/2012", "P1", 11, 7, "tám rưỡi!", ""],
        [4, "TS0001", "Phạm Thủy", "01/12/2012", "P1", 8, 7, 9, ""],
    ]
    html = upload(admin, exam_id, xlsx(bad)).content.decode()
    assert "Dòng 3: Ngày sinh “31/02/2012” không có thật." in html
    assert "Dòng 4: thiếu Số báo danh." in html
    assert "Dòng 5: điểm Toán “11” phải là số từ 0 đến 10; điểm Tiếng Anh “tám rưỡi!” phải là số từ 0 đến 10." in html
    assert "chưa có dòng nào được lưu" in html
    with tenant_context(school_a):
        assert sorted(ExamResult.objects.values_list("candidate_number", flat=True)) == ["TS0001", "TS0002", "TS0010"]
    duplicate = [ROWS[0], [9, "TS0001", "Phạm Thủy", "01/12/2012", "P1", 8, 7, 9, ""]]
    assert "Dòng 4: Số báo danh TS0001 trùng với dòng 3." in upload(admin, exam_id, xlsx(duplicate)).content.decode()
    no_header = upload(admin, exam_id, xlsx(ROWS, header=["A", "B", "C"])).content.decode()
    assert "Không tìm thấy dòng tiêu đề" in no_header
    assert (
        "không được hỗ trợ"
        in upload(admin, exam_id, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"0" * 100, "kq.xls").content.decode()
    )


def test_lookups_are_throttled(school_a, portal_client):
    _exam_id, exam_url, *_ = pages(school_a)
    client = portal_client(school_a)
    statuses = [
        client.post(exam_url, {"number": f"TS{n:04d}", "birth_date": "05/09/2012"}).status_code for n in range(11)
    ]
    assert statuses == [200] * 10 + [429]
    assert client.get(exam_url).status_code == 200  # reading the form is not an attempt


def test_diploma_register_shows_counts_and_the_issuance_procedure(school_a, portal_client, superuser_client):
    _e, _u, diploma_id, diploma_url = pages(school_a)
    header = ["Số hiệu", "Số vào sổ", "Họ và tên", "Ngày sinh", "Năm tốt nghiệp", "Xếp loại"]
    rows = [
        ["B 0123456", "12/2024", "Nguyễn Văn An", "05/09/2009", 2024, "Khá"],
        ["B 0123457", "13/2024", "Trần Thị Mai", "01/01/2009", 2024, "Giỏi"],
        ["B 0099999", "40/2023", "Lê Văn Tư", "03/03/2008", 2023, "Trung bình"],
    ]
    assert (
        upload(superuser_client(school_a), diploma_id, xlsx(rows, header=header, title=("SỔ GỐC",))).status_code == 302
    )
    visitor = portal_client(school_a)
    page = visitor.get(diploma_url).content.decode()
    assert "Thủ tục cấp bản sao văn bằng từ sổ gốc" in page and "Nguyễn Văn An" not in page
    assert '<th scope="row">2024</th><td>2</td>' in page
    found = visitor.post(diploma_url, {"number": "b0123457", "birth_date": "01/01/2009"}).content.decode()
    assert "Trần Thị Mai" in found and "Giỏi" in found


def test_lookup_data_is_isolated_between_schools(school_a, school_b, portal_client, superuser_client):
    exam_id, _url, *_ = pages(school_a)
    assert upload(superuser_client(school_a), exam_id, xlsx(ROWS)).status_code == 302
    _b_id, b_url, *_ = pages(school_b)
    html = portal_client(school_b).post(b_url, {"number": "TS0001", "birth_date": "05/09/2012"}).content.decode()
    assert NOT_FOUND in html and "Nguyễn Văn An" not in html
