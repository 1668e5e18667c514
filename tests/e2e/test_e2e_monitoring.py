"""Journey: a district officer sees every demo school on the monitoring dashboard, drills into one and
downloads the annual evaluation (PDF of that school, XLSX of the district). Desktop viewport (the admin)."""

import re

import pytest

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = [pytest.mark.e2e, pytest.mark.journey("monitoring")]

PASSWORD = "Demo@2025"  # the published demo password (demo.portals.DEMO_PASSWORD)
OVERDUE_SCHOOL = "Trường THCS Nguyễn Viết Xuân"  # the demo leaves its change of fees unpublished


def test_district_officer_monitors_schools_and_downloads_the_annual_report(live, browser, shots):
    base = live.url(live.district["schema"]).rstrip("/")
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN", accept_downloads=True)
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.goto(f"{base}/admin/login/")
    page.get_by_label("Tên đăng nhập").fill("quanlytruong")
    page.get_by_label(re.compile("Mật khẩu|Password")).fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(f"{base}/admin/")

    page.goto(f"{base}/admin/giam-sat/")
    expect(page.get_by_role("heading", name="Giám sát cổng thông tin các trường")).to_be_visible()
    table = page.locator("table.monitoring-table")
    for portal in live.portals:
        if portal["kind"] == "school":
            expect(table.get_by_role("link", name=portal["name"], exact=True)).to_be_visible()
    alerts = page.get_by_role("region", name=re.compile("Cảnh báo đang mở"))
    expect(alerts).to_contain_text(OVERDUE_SCHOOL)
    expect(page.locator("svg.monitoring-chart")).to_be_visible()
    shots(page, "monitoring-dashboard")

    table.get_by_role("link", name=OVERDUE_SCHOOL, exact=True).click()
    expect(page.get_by_role("heading", name="Quy tắc chấm điểm")).to_be_visible()
    expect(page.get_by_text("quá hạn").first).to_be_visible()
    shots(page, "monitoring-school")
    with page.expect_download() as download:
        page.get_by_role("link", name="PDF").click()
    path = download.value.path()
    assert open(path, "rb").read(5) == b"%PDF-"
    assert download.value.suggested_filename.endswith(".pdf")

    page.goto(f"{base}/admin/giam-sat/")
    with page.expect_download() as download:
        page.get_by_role("button", name="Báo cáo đánh giá năm (XLSX)").click()
    assert download.value.suggested_filename.endswith(".xlsx")
    assert open(download.value.path(), "rb").read(2) == b"PK"
    context.close()
