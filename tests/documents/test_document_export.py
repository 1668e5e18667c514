"""Export of the filtered list to XLSX, and the round trip: an export imports back into another school."""

import io

from django_tenants.utils import tenant_context
from documents_helpers import add_document, day, pdf_bytes, section
from openpyxl import load_workbook

from documents.importing import import_rows
from documents.models import LegalDocumentPage, RelationType
from documents.registers import read_register

FIELDS = (
    "number",
    "title",
    "document_type",
    "issue_date",
    "effective_date",
    "expiry_date",
    "field",
    "signer",
    "abstract",
)


def snapshot():
    rows = {}
    for page in LegalDocumentPage.objects.live().select_related("issuer"):
        rows[page.number] = (
            *(getattr(page, name) for name in FIELDS),
            page.issuer_name,
            sorted((r.relation_type, r.target_number or r.target_page.number) for r in page.relations.all()),
        )
    return rows


def test_export_is_filtered_and_imports_back_into_another_school(school_a, school_b, portal_client):
    with tenant_context(school_a):
        old = add_document(
            "08/QĐ-THCSCVA",
            "Ban hành Quy chế chi tiêu nội bộ năm 2025",
            day("10/01/2025"),
            effective_date=day("01/01/2025"),
            expiry_date=day("01/01/2026"),
            field="tai-chinh",
            signer="Hiệu trưởng Lê Văn Dũng",
            abstract="Định mức chi thường xuyên, công tác phí.",
            files=[("quy-che.pdf", pdf_bytes(["Quy chế chi tiêu nội bộ"]))],
        )
        add_document(
            "09/QĐ-THCSCVA",
            "Ban hành Quy chế chi tiêu nội bộ năm 2026",
            day("09/01/2026"),
            effective_date=day("01/01/2026"),
            field="tai-chinh",
            relations=[(RelationType.REPLACES, old), (RelationType.GUIDES, "61/2024/TT-BTC")],
        )
        add_document(
            "36/2017/TT-BGDĐT", "Ban hành Quy chế thực hiện công khai", day("28/12/2017"), field="cong-khai-kiem-dinh"
        )
        expected = snapshot()
    client = portal_client(school_a)
    response = client.get("/van-ban/xuat-excel/?q=quy+che+chi+tieu")
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert response["Content-Disposition"].startswith('attachment; filename="van-ban-don-vi-')
    sheet = load_workbook(io.BytesIO(response.content)).active
    header = [cell.value for cell in sheet[1]]
    assert header[:3] == ["STT", "Số ký hiệu", "Hình thức văn bản"] and "Hiệu lực" in header
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [row[1] for row in rows] == ["09/QĐ-THCSCVA", "08/QĐ-THCSCVA"]  # filtered, newest first
    status = header.index("Hiệu lực")
    assert [row[status] for row in rows] == ["Còn hiệu lực", "Bị thay thế"]
    assert sheet.cell(row=3, column=header.index("Ngày ban hành") + 1).number_format == "DD/MM/YYYY"
    links = rows[1][header.index("Tệp tải về")]
    assert links.startswith("http://thcschuvanantdm.edu.vn/van-ban/08-qd-thcscva/tai-ve/")

    everything = client.get("/van-ban/xuat-excel/").content
    with tenant_context(school_b):
        report = import_rows(section(), read_register("van-ban.xlsx", everything))
        assert (report.created, report.failed) == (3, 0), report.lines()
        assert snapshot() == expected
