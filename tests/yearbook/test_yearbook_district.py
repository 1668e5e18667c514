"""The district's yearbook aggregates the schools' published snapshots by year and level."""

import io

import openpyxl
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import schema_context, tenant_context
from wagtail.test.utils.form_data import inline_formset, nested_form_data
from yearbook_helpers import YEARS, mn_row, thcs_row

from portal.yearbook.models import YearbookPage
from tenants.models import PortalSnapshot


def publish_both(publish_rows):
    def publish(school_a, school_b):
        publish_rows(school_a, [thcs_row(year, step) for step, year in enumerate(YEARS)])
        publish_rows(school_b, [mn_row(year, step) for step, year in enumerate(YEARS[2:])])

    return publish


def test_district_aggregates_by_level_and_in_total(district, school_a, school_b, publish_rows, portal_client):
    publish_both(publish_rows)(school_a, school_b)
    client = portal_client(district)
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/nien-giam-thong-ke/").content.decode()
    assert sum("tenants_portalsnapshot" in q["sql"] for q in queries.captured_queries) == 1
    assert '<h2 id="cap-mn">Mầm non</h2>' in html and '<h2 id="cap-thcs">Trung học cơ sở</h2>' in html
    assert html.index("cap-mn") < html.index("cap-thcs")
    total = html.split('id="toan-nganh"', 1)[1].split("</table>", 1)[0]
    # 2025-2026: THCS step 5 (1210 học sinh) + MN step 3 (337 trẻ) = 1547; schools 2; land 12500 + 4200.
    assert '<th scope="col">2021-2022</th>' in total and "2020-2021" not in total
    assert '<th scope="row">Số trường có số liệu</th><td>1</td><td>2</td><td>2</td><td>2</td><td>2</td>' in total
    assert "<td>1.547</td>" in total and "<td>16.700</td>" in total
    mn = html.split('id="bang-mn"', 1)[1].split("</table>", 1)[0]
    assert "Tổng số trẻ" in mn and "Mẫu giáo 5 tuổi" in mn and "<td>–</td>" in mn  # no MN data for 2021-2022
    thcs = html.split('id="bang-thcs"', 1)[1].split("</table>", 1)[0]
    assert "Khối 9" in thcs and "<td>1.210</td>" in thcs
    assert "Số học sinh, trẻ qua các năm học" in html and "2025-2026: 1.547 học sinh, trẻ." in html


def test_district_export_lists_levels_and_totals(district, school_a, school_b, publish_rows, portal_client):
    publish_both(publish_rows)(school_a, school_b)
    response = portal_client(district).get("/nien-giam-thong-ke/xlsx/")
    rows = [[c.value for c in row] for row in openpyxl.load_workbook(io.BytesIO(response.content)).active.rows]
    assert rows[0][:3] == ["Cấp học", "Năm học", "Số trường có số liệu"]
    assert ["Tổng cộng", "2025-2026", 2] == rows[-1][:3]
    assert rows[-1][6] == 1547
    csv_text = portal_client(district).get("/nien-giam-thong-ke/csv/").content.decode("utf-8-sig")
    assert "Trung học cơ sở,2025-2026,1," in csv_text


def test_unpublished_yearbook_leaves_the_aggregation(
    district, school_a, school_b, publish_rows, portal_client, django_capture_on_commit_callbacks
):
    publish_both(publish_rows)(school_a, school_b)
    with tenant_context(school_b), django_capture_on_commit_callbacks(execute=True):
        YearbookPage.objects.get().unpublish()
    html = portal_client(district).get("/nien-giam-thong-ke/").content.decode()
    assert "cap-mn" not in html and "cap-thcs" in html


def test_snapshots_belong_to_their_school(district, school_a, school_b, publish_rows):
    publish_rows(school_a, [thcs_row("2025-2026", 0)])
    with schema_context("public"):
        keys = dict(PortalSnapshot.objects.filter(key="yearbook").values_list("portal__schema_name", "data"))
    assert set(keys) == {"thcschuvanantdm"}
    publish_rows(school_b, [mn_row("2025-2026", 0)])
    with schema_context("public"):
        snapshot_a = PortalSnapshot.objects.get(key="yearbook", portal__schema_name="thcschuvanantdm").data
        snapshot_b = PortalSnapshot.objects.get(key="yearbook", portal__schema_name="mnhoasentdm").data
    assert snapshot_a["level"] == "thcs" and snapshot_a["rows"][0]["grades"]["g6"] == 300
    assert snapshot_b["level"] == "mn" and "g6" not in snapshot_b["rows"][0]["grades"]
    assert snapshot_a["path"] == "/nien-giam-thong-ke/"


def test_district_does_not_enter_rows_itself(district, superuser_client):
    with tenant_context(district):
        page = YearbookPage.objects.get()
    data = nested_form_data({
        "title": page.title, "slug": page.slug,
        "rows": inline_formset([{k: str(v) for k, v in thcs_row("2025-2026", 0).items()
                                 if not k.startswith("students_")}]),
        "comments": inline_formset([]), "action-publish": "action-publish",
    })  # fmt: skip
    html = superuser_client(district).post(f"/admin/pages/{page.pk}/edit/", data).content.decode()
    assert "tự tổng hợp số liệu đã xuất bản của các trường" in html
    with tenant_context(district):
        assert not page.rows.exists()
    with schema_context("public"):
        assert not PortalSnapshot.objects.filter(portal__schema_name="tptdm", key__startswith="yearbook").exists()
