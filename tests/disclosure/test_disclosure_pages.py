"""The public pages: section, school year with states and dates, item with history, print, PDF, search."""

import datetime
import io

import pytest
from django_tenants.utils import tenant_context
from pypdf import PdfReader

from disclosure.blocks import StaffTableBlock
from disclosure.models import DisclosureIndexPage
from portal.core.models import HomePage
from portal.search.documents import page_document
from tests.disclosure.disclosure_helpers import make_year, publish_item, publish_update

D = datetime.date
STAFF = {"rows": [{"position": "Giáo viên", "total": 40, "above_standard": 30, "at_standard": 9, "below_standard": 1,
                   "meets_professional": 38, "meets_professional_percent": "95.0", "trained_percent": "100"}],
         "note": ""}  # fmt: skip


@pytest.fixture
def school_year(school_a):
    """THCS Chu Văn An: 2025-2026 with general information (on time), staff table, fees (late)."""
    with tenant_context(school_a):
        year = make_year("2025-2026")
        general = publish_item(year, "tt09-4-1", D(2025, 6, 20), body="<p>Sứ mạng: mỗi học sinh một niềm vui.</p>")
        staff = publish_item(year, "tt09-8-1", D(2025, 6, 25), tables=[("staff", StaffTableBlock().to_python(STAFF))])
        publish_item(year, "tt09-5-2", D(2025, 7, 3), body="<p>Học phí năm học 2025-2026: miễn.</p>")
        publish_update(general, D(2025, 9, 8), change_note="Cập nhật người phát ngôn")
    return {"year": year, "general": general, "staff": staff}


def test_section_is_claimed_and_lists_years(school_a, portal_client, school_year):
    with tenant_context(school_a):
        section = DisclosureIndexPage.objects.get()
        assert section.section_key == "cong-khai" and section.get_parent().specific_class is HomePage
    response = portal_client(school_a).get("/cong-khai/")
    assert response.status_code == 200
    assert "Năm học 2025-2026" in response.content.decode()


def test_year_page_lists_every_item_with_state_and_dates(school_a, portal_client, school_year):
    html = portal_client(school_a).get("/cong-khai/2025-2026/").content.decode()
    assert "Thông tin chung về cơ sở giáo dục" in html
    assert "Công bố ngày 20/06/2025 / Cập nhật ngày 08/09/2025" in html
    assert "Đã công khai muộn" in html  # fees on 03/07/2025
    assert "Quá hạn chưa công khai" in html  # e.g. the annual report, never published
    assert "Báo cáo thường niên" in html and "Thực đơn (khi tổ chức ăn bán trú)" in html


def test_item_page_shows_reused_information_figures_and_public_history(school_a, portal_client, school_year):
    html = portal_client(school_a).get("/cong-khai/2025-2026/thong-tin-chung/").content.decode()
    assert "Trường THCS Chu Văn An" in html and "Số 1 Đường 30/4" in html  # from the portal registry
    assert "Lịch sử công bố, cập nhật" in html
    assert "Cập nhật người phát ngôn" in html and "Công bố lần đầu" in html
    html = portal_client(school_a).get("/cong-khai/2025-2026/doi-ngu/").content.decode()
    assert "Đạt chuẩn nghề nghiệp" in html and "95" in html


def test_print_view_and_pdf(school_a, portal_client, school_year):
    client = portal_client(school_a)
    html = client.get("/cong-khai/2025-2026/in/").content.decode()
    assert "Sứ mạng: mỗi học sinh một niềm vui." in html and "Giáo viên" in html
    response = client.get("/cong-khai/2025-2026/pdf/")
    assert response["Content-Type"] == "application/pdf"
    assert "cong-khai-2025-2026" in response["Content-Disposition"]
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "CÔNG KHAI NĂM HỌC 2025-2026" in text
    assert "Thông tin chung về cơ sở giáo dục" in text
    assert "Sứ mạng: mỗi học sinh một niềm vui." in text


def test_items_are_searchable_with_their_legal_basis(school_a, school_year):
    with tenant_context(school_a):
        document = page_document(school_year["general"].specific)
    assert "Điều 4 khoản 1 Thông tư 09/2024/TT-BGDĐT" in document["text"]
    assert "Công khai năm học 2025-2026" in document["text"]
    assert document["url"] == "/cong-khai/2025-2026/thong-tin-chung/"


def test_year_refuses_a_regulation_of_another_time(school_a):
    from django.core.exceptions import ValidationError

    from disclosure.catalogue import TT36
    from disclosure.models import DisclosureYearPage

    with tenant_context(school_a):
        index = DisclosureIndexPage.objects.get()
        page = DisclosureYearPage(title="Công khai", school_year="2025-2026", regulation=TT36)
        with pytest.raises(ValidationError) as caught:
            index.add_child(instance=page)
        assert caught.value.message_dict["regulation"] == [
            "Năm học 2025-2026 công khai theo Thông tư 09/2024/TT-BGDĐT."
        ]


def test_item_of_another_level_is_refused(school_a):
    from django.core.exceptions import ValidationError

    with tenant_context(school_a):
        year = make_year("2025-2026")
        with pytest.raises(ValidationError) as caught:
            publish_item(year, "tt09-6-1", D(2025, 6, 20))  # a mầm non article at a THCS
        assert "không thuộc danh mục" in caught.value.message_dict["item_code"][0]


def test_editors_dashboard_lists_overdue_items(school_b, superuser_client):
    with tenant_context(school_b):
        year = make_year("2025-2026")
        publish_item(year, "tt09-4-1", D(2025, 6, 20))
    html = superuser_client(school_b).get("/admin/").content.decode()
    assert "Công khai: việc đến hạn" in html
    assert "việc quá hạn" in html and "Báo cáo thường niên" in html
