"""District documents reach every school without copying files: the public-schema projection."""

import io

from django.core.management import call_command
from django_tenants.utils import schema_context, tenant_context
from documents_helpers import add_document, day, pdf_bytes, visible_text
from openpyxl import load_workbook
from wagtail.documents.models import Document

from documents.models import LegalDocumentPage, RelationType
from documents_public.models import DistrictDocument


def district_rows(district):
    with schema_context("public"):
        return {row.number: row for row in DistrictDocument.objects.filter(portal=district)}


def test_district_documents_are_listed_at_every_school_and_link_to_the_district(
    district, school_a, school_b, portal_client, django_capture_on_commit_callbacks
):
    with tenant_context(district), django_capture_on_commit_callbacks(execute=True):
        old = add_document(
            "36/2017/TT-BGDĐT",
            "Ban hành Quy chế thực hiện công khai",
            day("28/12/2017"),
            field="cong-khai-kiem-dinh",
            files=[("tt36.pdf", pdf_bytes(["Quy chế công khai"]))],
        )
        letter = add_document(
            "12/PGDĐT-CNTT",
            "Hướng dẫn vận hành cổng thông tin điện tử",
            day("06/01/2021"),
            field="cong-nghe-thong-tin",
            files=[("cv12.pdf", pdf_bytes(["Sử dụng thư điện tử công vụ"]))],
        )
        attachment = letter.attachments.get()
        letter_url = letter.url
    rows = district_rows(district)
    assert set(rows) == {"36/2017/TT-BGDĐT", "12/PGDĐT-CNTT"}
    assert rows["12/PGDĐT-CNTT"].path == letter_url
    assert rows["12/PGDĐT-CNTT"].attachments[0]["path"] == f"{letter_url}tai-ve/{attachment.pk}/"
    for school in (school_a, school_b):
        with tenant_context(school):
            documents_before = Document.objects.count()
        client = portal_client(school)
        own = client.get("/van-ban/").content.decode()
        assert "12/PGDĐT-CNTT" not in own  # the school's own tab lists its own documents only
        html = client.get("/van-ban/?nguon=phong").content.decode()
        assert "12/PGDĐT-CNTT" in html and "36/2017/TT-BGDĐT" in html
        assert f'href="http://tptdm.edu.vn{letter_url}"' in html
        assert f'href="http://tptdm.edu.vn{letter_url}tai-ve/{attachment.pk}/"' in html
        # filters and a query without diacritics work on the district tab too
        found = client.get("/van-ban/?nguon=phong&q=thu+dien+tu+cong+vu&linh_vuc=cong-nghe-thong-tin").content
        assert "12/PGDĐT-CNTT" in found.decode() and "36/2017" not in found.decode()
        with tenant_context(school):
            assert Document.objects.count() == documents_before  # no file was copied
    # the links work: the district serves and counts the download
    assert portal_client(district).get(f"{letter_url}tai-ve/{attachment.pk}/").status_code == 200

    # publishing a replacement changes the old document's status at the schools
    with tenant_context(district), django_capture_on_commit_callbacks(execute=True):
        new = add_document(
            "09/2024/TT-BGDĐT",
            "Quy định về công khai",
            day("03/06/2024"),
            effective_date=day("19/07/2024"),
            relations=[(RelationType.REPLACES, old)],
        )
    assert district_rows(district)["36/2017/TT-BGDĐT"].replaced_from == day("19/07/2024")
    replaced = portal_client(school_a).get("/van-ban/?nguon=phong&hieu_luc=bi-thay-the").content.decode()
    assert "36/2017/TT-BGDĐT" in replaced and "09/2024/TT-BGDĐT" not in replaced

    # unpublishing and deleting withdraw the rows
    with tenant_context(district), django_capture_on_commit_callbacks(execute=True):
        new.unpublish()
    rows = district_rows(district)
    assert "09/2024/TT-BGDĐT" not in rows and rows["36/2017/TT-BGDĐT"].replaced_from is None
    with tenant_context(district), django_capture_on_commit_callbacks(execute=True):
        LegalDocumentPage.objects.get(pk=letter.pk).delete()
    assert set(district_rows(district)) == {"36/2017/TT-BGDĐT"}
    assert "12/PGDĐT-CNTT" not in portal_client(school_b).get("/van-ban/?nguon=phong").content.decode()


def test_school_documents_are_not_projected_and_export_of_the_district_tab(
    district, school_a, school_b, portal_client, django_capture_on_commit_callbacks
):
    with tenant_context(school_a), django_capture_on_commit_callbacks(execute=True):
        add_document("20/KH-THCSCVA", "Kế hoạch riêng của trường", day("05/09/2025"))
    with schema_context("public"):
        assert not DistrictDocument.objects.filter(number="20/KH-THCSCVA").exists()
    assert "20/KH-THCSCVA" not in portal_client(school_b).get("/van-ban/?nguon=phong").content.decode()
    with tenant_context(district):
        add_document("1768/SGDĐT-VP", "Hướng dẫn nhiệm vụ công nghệ thông tin", day("15/10/2020"))
    call_command("sync_projections", "--only", "district_documents")  # the safety net
    export = portal_client(school_a).get("/van-ban/xuat-excel/?nguon=phong")
    assert export["Content-Disposition"].startswith('attachment; filename="van-ban-phong-')
    sheet = load_workbook(io.BytesIO(export.content)).active
    header = [cell.value for cell in sheet[1]]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [row[1] for row in rows] == ["1768/SGDĐT-VP"]
    assert rows[0][header.index("Nguồn")] == district.display_short_name
    assert rows[0][header.index("Đường dẫn")].startswith("http://tptdm.edu.vn/van-ban/")


def test_district_detail_shows_relations_in_words(district, portal_client):
    with tenant_context(district):
        add_document("1031/PGDĐT-CNTT", "Triển khai cổng thông tin ngành", day("26/09/2014"))
        letter = add_document(
            "12/PGDĐT-CNTT",
            "Hướng dẫn vận hành cổng thông tin điện tử",
            day("06/01/2021"),
            relations=[(RelationType.REPLACES, "1031/PGDĐT-CNTT"), (RelationType.REPLACES, "1280/PGDĐT-CNTT")],
        )
        url, old_url = letter.url, LegalDocumentPage.objects.get(number="1031/PGDĐT-CNTT").url
    client = portal_client(district)
    html = visible_text(client.get(url).content.decode())
    assert "Thay thế văn bản số 1031/PGDĐT-CNTT" in html and "Thay thế văn bản số 1280/PGDĐT-CNTT" in html
    old = visible_text(client.get(old_url).content.decode())
    assert "Bị thay thế bởi Công văn số 12/PGDĐT-CNTT ngày 06/01/2021" in old
    assert "Bị thay thế" in old
