"""Journey: a parent checks the school's disclosure for 2025-2026 on a phone, opens an item, gets the PDF."""

import re

import pytest

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = [pytest.mark.e2e, pytest.mark.journey("disclosure")]


def test_parent_reads_the_year_sees_the_overdue_item_and_downloads_the_pdf(live, phone, shots):
    school = live.school()  # THCS Nguyễn Viết Xuân: the demo school with an overdue update of its fees
    phone.goto(live.url(school["schema"], "/cong-khai/"))
    expect(phone.get_by_role("heading", level=1)).to_have_text("Công khai")
    phone.get_by_role("link", name="Năm học 2025-2026").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Công khai năm học 2025-2026")
    table = phone.get_by_role("region", name=re.compile("Danh mục công khai năm học 2025-2026"))
    fees = table.get_by_role("row", name=re.compile("Học phí và các khoản thu"))
    expect(fees).to_contain_text("Quá hạn chưa công khai")
    expect(table.get_by_role("row", name=re.compile("Kết quả giáo dục năm học trước"))).to_contain_text(
        re.compile(r"Công bố ngày \d\d/06/2025")
    )
    shots(phone, "year")

    table.get_by_role("link", name="Kết quả giáo dục năm học trước").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Kết quả giáo dục năm học trước")
    expect(phone.get_by_role("table").first).to_contain_text("Khối 6")
    expect(phone.get_by_role("heading", name="Lịch sử công bố, cập nhật")).to_be_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    shots(phone, "item")

    phone.go_back()
    with phone.expect_download() as download:
        phone.get_by_role("link", name="Tải về PDF").click()
    assert download.value.suggested_filename.startswith("cong-khai-2025-2026-")
