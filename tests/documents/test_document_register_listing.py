"""The admin's register ("Sổ văn bản"): số ký hiệu, dates dd/mm/yyyy and status as sortable, filterable columns."""

import re

from django_tenants.utils import tenant_context
from documents_helpers import add_document, day, section


def rows(html):
    """The text of each row of the listing's table body, tags stripped."""
    table = html.split('<table class="listing', 1)[1]
    body = table.split("<tbody", 1)[1].split("</tbody>", 1)[0]
    return [" ".join(re.sub(r"<[^>]+>", " ", row).split()) for row in re.split(r"<tr\b[^>]*>", body)[1:]]


def test_register_lists_number_dates_and_status_sorted_and_filtered(school_a, superuser_client):
    from documents.models import RelationType

    client = superuser_client(school_a)
    with tenant_context(school_a):
        old = add_document("12/KH-THCSCVA", "Kế hoạch năm học 2023-2024", day("05/09/2023"))
        new = add_document(
            "25/KH-THCSCVA",
            "Kế hoạch năm học 2024-2025",
            day("06/09/2024"),
            relations=[(RelationType.REPLACES, old)],
        )
        add_document("03/TB-THCSCVA", "Thông báo lịch họp phụ huynh", day("10/01/2025"), publish=False)
        index = section()
    listing = client.get("/admin/so-van-ban/")
    assert listing.status_code == 200
    html = listing.content.decode()
    for heading in ("Số ký hiệu", "Trích yếu", "Ngày ban hành", "Ngày có hiệu lực", "Tình trạng hiệu lực", "Xuất bản"):
        assert heading in html
    lines = rows(html)
    # Newest issue date first by default, dates as dd/mm/yyyy, the derived status and the publication state.
    assert lines[0].startswith("03/TB-THCSCVA") and "10/01/2025" in lines[0]
    assert "25/KH-THCSCVA" in lines[1] and "06/09/2024" in lines[1] and "Còn hiệu lực" in lines[1]
    assert "12/KH-THCSCVA" in lines[2] and "Bị thay thế" in lines[2]

    by_number = rows(client.get("/admin/so-van-ban/?ordering=number").content.decode())
    assert [line.split()[0] for line in by_number] == ["03/TB-THCSCVA", "12/KH-THCSCVA", "25/KH-THCSCVA"]
    oldest = rows(client.get("/admin/so-van-ban/?ordering=issue_date").content.decode())
    assert oldest[0].startswith("12/KH-THCSCVA")

    replaced = rows(client.get("/admin/so-van-ban/?legal_status=bi-thay-the").content.decode())
    assert len(replaced) == 1 and replaced[0].startswith("12/KH-THCSCVA")
    drafts = rows(client.get("/admin/so-van-ban/?live=false").content.decode())
    assert len(drafts) == 1 and drafts[0].startswith("03/TB-THCSCVA")
    typed = rows(client.get("/admin/so-van-ban/?document_type=ke-hoach").content.decode())
    assert sorted(line.split()[0] for line in typed) == ["12/KH-THCSCVA", "25/KH-THCSCVA"]
    year = rows(client.get("/admin/so-van-ban/?issue_date_from=01/01/2024&issue_date_to=31/12/2024").content.decode())
    assert [line.split()[0] for line in year] == ["25/KH-THCSCVA"]
    assert new.pk

    # The explorer of the "Văn bản" section links to it.
    explorer = client.get(f"/admin/pages/{index.pk}/").content.decode()
    assert "Xem dạng sổ văn bản" in explorer and "/admin/so-van-ban/" in explorer


def test_register_shows_only_this_schools_documents(school_a, school_b, superuser_client):
    with tenant_context(school_b):
        add_document("01/KH-MNHS", "Kế hoạch của trường Hoa Sen", day("05/09/2025"))
    with tenant_context(school_a):
        add_document("02/KH-THCSCVA", "Kế hoạch của trường Chu Văn An", day("05/09/2025"))
    html = superuser_client(school_a).get("/admin/so-van-ban/").content.decode()
    assert "02/KH-THCSCVA" in html and "01/KH-MNHS" not in html
