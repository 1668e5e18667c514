"""Journey (issue 18): a parent on a phone opens the school's album in the lightbox, votes in the open poll,
reads the class timetable, and sees the visitor count on the home page."""

import re

import pytest

from tests.e2e import checks
from tests.e2e.conftest import AXE

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = [pytest.mark.e2e, pytest.mark.journey("extras")]


def fits(page):
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


def no_serious_axe(page):
    violations = checks.axe(page, AXE)
    assert not violations, checks.describe_axe(violations)


def test_parent_views_album_votes_and_reads_the_timetable(live, phone, shots):
    school = live.school()
    phone.goto(live.url(school["schema"], "/"))
    expect(phone.get_by_role("heading", name="Lượt truy cập")).to_be_visible()
    gallery = phone.get_by_role("region", name="Thư viện ảnh - Video")
    gallery.get_by_role("link", name=re.compile("Lễ khai giảng")).click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Lễ khai giảng năm học 2025 - 2026")
    fits(phone)
    no_serious_axe(phone)
    shots(phone, "album")

    phone.locator("a.photo-link").first.click()
    dialog = phone.get_by_role("dialog", name="Xem ảnh")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("Ảnh 1 / 4")
    expect(dialog).to_contain_text("Học sinh xếp hàng chào cờ")
    phone.keyboard.press("ArrowRight")
    expect(dialog).to_contain_text("Ảnh 2 / 4")
    dialog.get_by_role("button", name="Ảnh sau").click()
    expect(dialog).to_contain_text("Ảnh 3 / 4")
    shots(phone, "lightbox")
    phone.keyboard.press("Escape")
    expect(dialog).to_be_hidden()

    phone.goto(live.url(school["schema"], "/"))
    phone.get_by_role("link", name="Tham gia bình chọn").click()
    phone.get_by_label("17 giờ", exact=True).check()
    no_serious_axe(phone)
    phone.get_by_role("button", name="Bình chọn").click()
    expect(phone.get_by_role("status")).to_contain_text("Cảm ơn bạn đã bình chọn")
    expect(phone.get_by_role("heading", name=re.compile(r"Kết quả tạm thời \(\d+ phiếu\)"))).to_be_visible()
    fits(phone)
    shots(phone, "poll")

    phone.goto(live.url(school["schema"], "/thoi-khoa-bieu/"))
    expect(phone.get_by_label("Tuần")).to_contain_text("(tuần hiện tại)")
    phone.get_by_label("Lớp").select_option("9A1")
    phone.get_by_role("button", name="Xem").click()
    expect(phone.get_by_role("heading", name=re.compile("^Lớp 9A1"))).to_be_visible()
    expect(phone.get_by_role("table").first).to_contain_text("Thứ Hai")
    fits(phone)
    shots(phone, "timetable")
