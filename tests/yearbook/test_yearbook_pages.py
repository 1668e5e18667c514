"""The yearbook page: creation through the admin, validation, level-aware grades, table and SVG chart."""

import pytest
from django.core.exceptions import ValidationError
from django_tenants.utils import schema_context, tenant_context
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text
from yearbook_helpers import YEARS, mn_row, thcs_row

from portal.core.models import HomePage
from portal.yearbook.models import YearbookPage, YearbookRow
from tenants.models import PortalSnapshot


def form_data(rows):
    return nested_form_data({
        "title": "Niên giám thống kê",
        "slug": "nien-giam-thong-ke",
        "intro": rich_text("<p>Số liệu 5 năm học gần nhất.</p>"),
        "note": rich_text("<p>Số liệu thống kê đầu năm học.</p>"),
        "rows": inline_formset([{k: "" if v is None else str(v) for k, v in row.items()} for row in rows]),
        "comments": inline_formset([]),
        "action-publish": "action-publish",
    })  # fmt: skip


def add_url(portal):
    with tenant_context(portal):
        YearbookPage.objects.all().delete()
        return f"/admin/pages/add/yearbook/yearbookpage/{HomePage.objects.get().pk}/"


def test_admin_creates_the_yearbook_and_publishing_records_a_snapshot(
    school_a, superuser_client, django_capture_on_commit_callbacks
):
    url = add_url(school_a)
    rows = [thcs_row(year, step) for step, year in enumerate(YEARS[1:])]
    client = superuser_client(school_a)
    with django_capture_on_commit_callbacks(execute=True):  # the snapshot is written after commit
        response = client.post(url, form_data(rows))
    assert response.status_code == 302, response.content.decode()[:3000]
    with tenant_context(school_a):
        page = YearbookPage.objects.get()
        assert page.live
        assert [r.school_year for r in page.rows.all()] == YEARS[1:]
    with schema_context("public"):
        snapshot = PortalSnapshot.objects.get(portal__schema_name=school_a.schema_name, key="yearbook")
    assert snapshot.data["level"] == "thcs"
    assert snapshot.data["rows"][0] == {
        **{k: v for k, v in rows[0].items() if not k.startswith("students_")},
        "grades": {"g6": 300, "g7": 290, "g8": 280, "g9": 270},
    }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"teachers": "-3"}, "Số liệu không được là số âm."),
        ({"school_year": "2024-2026"}, "năm sau phải bằng năm trước cộng 1"),
        ({"school_year": "2024"}, "Năm học phải có dạng YYYY-YYYY"),
        ({"students": "1000"}, "Tổng số học sinh (trẻ) là 1000 nhưng cộng các khối được 1140."),
        ({"students_g7": ""}, "còn thiếu: khối 7"),
        ({"students_g1": "40"}, "Cấp học của đơn vị không có “Khối 1”; hãy để trống."),
    ],
)
def test_admin_refuses_bad_figures_in_vietnamese(school_a, superuser_client, change, message):
    url = add_url(school_a)
    row = {**{k: str(v) for k, v in thcs_row("2024-2025", 0).items()}, **change}
    response = superuser_client(school_a).post(url, form_data([row]))
    assert response.status_code == 200
    assert message in response.content.decode()
    with tenant_context(school_a):
        assert not YearbookPage.objects.exists()


def test_admin_refuses_the_same_school_year_twice(school_a, superuser_client):
    url = add_url(school_a)
    response = superuser_client(school_a).post(url, form_data([thcs_row("2024-2025", 0), thcs_row("2024-2025", 1)]))
    assert "Năm học 2024-2025 đã được nhập ở một dòng khác." in response.content.decode()
    with tenant_context(school_a):
        page = YearbookPage(title="Niên giám", slug="nien-giam")
        page.rows = [YearbookRow(**thcs_row("2024-2025", 0)), YearbookRow(**thcs_row("2024-2025", 1))]
        with pytest.raises(ValidationError, match="Năm học bị nhập trùng: 2024-2025"):
            page.full_clean()


def test_admin_form_asks_only_for_the_grades_of_the_level(school_a, school_b, superuser_client):
    with tenant_context(school_a):
        pk_a = YearbookPage.objects.get().pk
    with tenant_context(school_b):
        pk_b = YearbookPage.objects.get().pk
    html_a = superuser_client(school_a).get(f"/admin/pages/{pk_a}/edit/").content.decode()
    html_b = superuser_client(school_b).get(f"/admin/pages/{pk_b}/edit/").content.decode()
    assert "rows-__prefix__-students_g6" in html_a and "rows-__prefix__-students_g1" not in html_a
    assert "rows-__prefix__-students_mg5" in html_b and "rows-__prefix__-students_g6" not in html_b


def test_school_page_shows_the_latest_five_years_table_and_chart(school_a, publish_rows, portal_client):
    publish_rows(school_a, [thcs_row(year, step) for step, year in enumerate(YEARS)])
    html = portal_client(school_a).get("/nien-giam-thong-ke/").content.decode()
    assert "/static/css/yearbook.css" in html
    table = html.split('<table class="stat-table"', 1)[1].split("</table>", 1)[0]
    assert "2020-2021" not in table and '<th scope="col">2021-2022</th>' in table
    assert '<th scope="col">2025-2026</th>' in table
    assert '<th scope="row">Tổng số học sinh</th><td>1.154</td>' in table
    assert '<span class="visually-hidden">trong đó </span>Khối 6</th><td>305</td>' in table
    assert '<th scope="row">Diện tích đất (m²)</th><td>12.500</td>' in table
    svg = html.split("<svg", 1)[1].split("</svg>", 1)[0]
    assert 'role="img"' in svg and '<title id="bieu-do-tieu-de">Số học sinh qua các năm học</title>' in svg
    assert "2021-2022: 1.154 học sinh;" in svg and svg.count("<rect") == 5
    assert "," not in svg.split('<g class="chart-bar">', 1)[1].split("<title>", 1)[0]  # coordinates, not locale
    assert 'href="/nien-giam-thong-ke/xlsx/"' in html and 'href="/nien-giam-thong-ke/csv/"' in html


def test_preschool_counts_children_by_age_group(school_b, publish_rows, portal_client):
    publish_rows(school_b, [mn_row("2025-2026", 0)])
    html = portal_client(school_b).get("/nien-giam-thong-ke/").content.decode()
    assert "Tổng số trẻ" in html and "Nhà trẻ" in html and "Mẫu giáo 5 tuổi" in html and "Khối" not in html
    assert "Số trẻ qua các năm học" in html


def test_empty_yearbook_says_so(school_b, portal_client):
    html = portal_client(school_b).get("/nien-giam-thong-ke/").content.decode()
    assert "Chưa có số liệu thống kê." in html and "<svg" not in html
