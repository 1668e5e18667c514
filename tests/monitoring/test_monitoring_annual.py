"""The annual evaluation opens as a workbook and as a PDF, holds every school, and evaluates the mail system."""

import io

import openpyxl
import pytest
from pypdf import PdfReader

from mailaccounts.models import RegulationsRecord
from tests.mailaccounts.mailaccounts_helpers import approve_all, register
from tests.monitoring.monitoring_helpers import disclosure_data, health_data, put_snapshot, rule

pytestmark = pytest.mark.django_db

URL = "/admin/giam-sat/danh-gia/"


@pytest.fixture
def evaluated(school_a, school_b):
    rule("articles_year", ">=", 40, label="Ít nhất 40 bài viết trong năm học")
    put_snapshot(school_a, "monitoring", health_data(days_since=2))
    put_snapshot(school_a, "disclosure", disclosure_data(overdue=1, year="2025-2026"))
    register(school_a)
    approve_all(school_a)
    RegulationsRecord.objects.create(portal=school_a, decision_number="12/QĐ-THCSCVA", operations_unit="Tổ Văn phòng")
    return school_a, school_b


def test_workbook_holds_every_school_and_the_mail_figures(evaluated, district, superuser_client):
    school_a, school_b = evaluated
    response = superuser_client(district).get(URL, {"nam_hoc": "2025-2026", "dinh_dang": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="danh-gia-2025-2026.xlsx"'
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Tổng hợp", "Các trường", "Quy tắc chấm điểm"]
    rows = list(book["Các trường"].iter_rows(values_only=True))
    header, body = rows[0], {row[1]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    assert "Hộp thư đơn vị" in header and "Chờ duyệt" in header
    assert set(body) == {school_a.name, school_b.name}
    a = body[school_a.name]
    assert a["Đã duyệt"] >= 1 and a["Công khai năm học"] == "Có" and a["Mục công khai quá hạn"] == 1
    assert a["Quy chế"] == "Chưa đủ (thiếu số hoặc ngày quyết định)"
    assert body[school_b.name]["Ban biên tập"] == "chưa có dữ liệu"  # no editorial snapshot yet
    assert body[school_b.name]["Quy chế"] == "chưa có dữ liệu"
    summary = dict(row[:2] for row in book["Tổng hợp"].iter_rows(values_only=True) if row and row[0])
    assert summary["Số trường"] == 2


def test_pdf_opens_with_every_school(evaluated, district, superuser_client):
    school_a, school_b = evaluated
    client = superuser_client(district)
    response = client.get(URL, {"nam_hoc": "2025-2026", "dinh_dang": "pdf"})
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages).split())
    for expected in ("BÁO CÁO", "năm học 2025-2026", "Biểu đồ 1", "Biểu đồ 2", school_a.name, school_b.name,
                     "Ít nhất 40 bài viết trong năm học"):  # fmt: skip
        assert expected in text
    one = client.get(URL, {"nam_hoc": "2025-2026", "dinh_dang": "pdf", "truong": school_b.pk})
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(one.content)).pages).split())
    assert school_b.name in text and school_a.name not in text


def test_bad_school_year_is_refused_in_vietnamese(district, superuser_client, school_a):
    client = superuser_client(district)
    response = client.get(URL, {"nam_hoc": "2025-2027", "dinh_dang": "pdf"}, follow=True)
    assert "Năm học “2025-2027” không hợp lệ" in response.content.decode()
    school = superuser_client(school_a).get(URL, {"nam_hoc": "2025-2026"})
    assert school.status_code == 302 and school["Location"] == "/admin/"
