"""Every portal starts with the procedures parents use most, with real content, legal bases and forms."""

import datetime

import pytest
from django_tenants.utils import tenant_context
from procedures_helpers import procedure_section

from documents.models import DocumentIndexPage, LegalDocumentPage
from documents.safety import sniff
from procedures.models import ProcedurePage
from procedures.scaffold import ensure_procedures, link_legal_bases
from procedures.scaffold_content import PROCEDURES

pytestmark = pytest.mark.django_db


def test_each_school_has_the_common_procedures_with_forms(school_a, school_b, portal_client):
    for school in (school_a, school_b):
        with tenant_context(school):
            pages = {page.slug: page for page in ProcedurePage.objects.child_of(procedure_section()).live()}
            assert set(pages) == {spec["slug"] for spec in PROCEDURES}
            transfer = pages["chuyen-truong"]
            assert "Học bạ" in transfer.dossier and transfer.legal_bases.count() == 3
            form = transfer.form_files.get().document
            url = form.url
        response = portal_client(school).get(url)
        assert response.status_code == 200
        assert sniff(response.content) == "docx"


def test_scaffold_is_idempotent_and_keeps_school_edits(school_a):
    with tenant_context(school_a):
        page = ProcedurePage.objects.get(slug="xin-hoc-lai")
        page.processing_time = "02 ngày làm việc"
        page.save_revision().publish()
        assert ensure_procedures() == []
        page.refresh_from_db()
        assert page.processing_time == "02 ngày làm việc"


def test_list_filters_by_field(school_a, portal_client):
    client = portal_client(school_a)
    everything = client.get("/thu-tuc-bieu-mau/").content.decode()
    assert "Chuyển trường đối với học sinh" in everything and "Cấp bản sao văn bằng" in everything
    diplomas = client.get("/thu-tuc-bieu-mau/?linh-vuc=van_bang").content.decode()
    assert "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc" in diplomas
    assert "Chuyển trường đối với học sinh" not in diplomas
    unknown = client.get("/thu-tuc-bieu-mau/?linh-vuc=khong-co")
    assert unknown.status_code == 200 and "Chuyển trường đối với học sinh" in unknown.content.decode()


def test_legal_basis_links_to_the_registry_document(school_a, portal_client):
    with tenant_context(school_a):
        document = LegalDocumentPage(
            title="Ban hành Quy chế quản lý bằng tốt nghiệp trung học cơ sở, trung học phổ thông",
            number="21/2019/TT-BGDĐT",
            issue_date=datetime.date(2019, 11, 29),
            slug="",
        )
        index = DocumentIndexPage.objects.get(section_key="van-ban")
        document._parent_hint = index
        document.full_clean(exclude=["path", "depth"])
        index.add_child(instance=document)
        document.save_revision().publish()
        assert link_legal_bases() >= 1
        url = document.url
    html = portal_client(school_a).get("/thu-tuc-bieu-mau/cap-ban-sao-van-bang-chung-chi/").content.decode()
    assert f'href="{url}"' in html
    assert "Nghị định 23/2015/NĐ-CP" in html  # not in the registry: stays a citation


def test_procedure_page_shows_every_part(school_a, portal_client):
    html = portal_client(school_a).get("/thu-tuc-bieu-mau/mien-giam-hoc-phi/").content.decode()
    for heading in ("Trình tự thực hiện", "Thành phần hồ sơ", "Thời hạn giải quyết", "Phí, lệ phí", "Căn cứ pháp lý"):
        assert heading in html
    assert "Mẫu đơn đề nghị miễn, giảm học phí" in html
