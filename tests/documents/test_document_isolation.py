"""A school's documents never appear at another school: list, detail, download, search, export."""

import io

from django.db import connection
from django_tenants.utils import tenant_context
from documents_helpers import add_document, day, pdf_bytes
from openpyxl import load_workbook

from documents.models import DocumentAttachment


def align_sequences(*portals):
    """Make the next page and attachment ids equal in every portal (sequences survive rollbacks)."""
    for sequence in ("wagtailcore_page_id_seq", "documents_documentattachment_id_seq"):
        values = []
        for portal in portals:
            with tenant_context(portal), connection.cursor() as cursor:
                cursor.execute(f"SELECT last_value FROM {sequence}")  # fixed names
                values.append(cursor.fetchone()[0])
        for portal in portals:
            with tenant_context(portal), connection.cursor() as cursor:
                cursor.execute("SELECT setval(%s, %s)", [sequence, max(values)])


def test_documents_of_one_school_are_never_served_at_another(school_a, school_b, portal_client):
    align_sequences(school_a, school_b)
    with tenant_context(school_a):
        page_a = add_document(
            "20/QĐ-THCSCVA",
            "Quy chế chi tiêu nội bộ Chu Văn An",
            day("05/01/2025"),
            files=[("quy-che.pdf", pdf_bytes(["Quy chế chi tiêu nội bộ Chu Văn An"]))],
        )
        attachment_a = DocumentAttachment.objects.get(page=page_a)
        url_a = page_a.url
    with tenant_context(school_b):
        page_b = add_document(
            "20/QĐ-MNHS",
            "Quy chế chi tiêu nội bộ Hoa Sen",
            day("05/01/2025"),
            files=[("quy-che.pdf", pdf_bytes(["Quy chế chi tiêu nội bộ Hoa Sen"]))],
        )
        attachment_b = DocumentAttachment.objects.get(page=page_b)
    assert (page_a.pk, attachment_a.pk) == (page_b.pk, attachment_b.pk)  # same ids in both schemas

    a, b = portal_client(school_a), portal_client(school_b)
    listing_b = b.get("/van-ban/").content.decode()
    assert "Hoa Sen" in listing_b and "Chu Văn An" not in listing_b and "20/QĐ-THCSCVA" not in listing_b
    assert "Chu Văn An" not in b.get("/van-ban/?q=chu+van+an").content.decode().split("<main", 1)[1]
    assert b.get(url_a).status_code == 404
    assert a.get(url_a).status_code == 200
    download = b.get(f"/van-ban/20-qd-mnhs/tai-ve/{attachment_a.pk}/")
    assert download.status_code == 200  # the same id at school B is B's own file
    assert b.get(f"/van-ban/20-qd-thcscva/tai-ve/{attachment_a.pk}/").status_code == 404
    export = b.get("/van-ban/xuat-excel/").content
    numbers = [row[1] for row in load_workbook(io.BytesIO(export)).active.iter_rows(min_row=2, values_only=True)]
    assert numbers == ["20/QĐ-MNHS"]
    with tenant_context(school_b):
        assert not DocumentAttachment.objects.filter(document__file__contains="thcscva").exists()
