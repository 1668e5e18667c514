"""Journeys of issue 22: a parent phones the principal; the board head approves with a confirmation.

1. A parent on a 360x740 phone opens a school's home page and finds the principal's telephone as a
   ``tel:`` link within the first two screens; the header leaves room for it; "Liên hệ - Hỏi đáp" and
   "Giới thiệu" give the leaders' numbers near the top. Screenshots: ``parents-<nn>-*.png``.
2. An editor writes a notice from the dashboard's "Thêm thông báo" shortcut and sends it for approval;
   the board head approves it from the dashboard, where "Phê duyệt và xuất bản…" asks for confirmation
   (nothing is published before it); the notice is then public. A school no other journey edits.
"""

import re

import pytest

from tests.e2e import checks
from tests.e2e.conftest import PHONE

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = [pytest.mark.e2e, pytest.mark.journey("parents")]

PASSWORD = "Demo@2025"
DESKTOP = {"viewport": {"width": 1280, "height": 900}}
BOARD_SCHOOL = "ththcsngothoinhiemtdm"  # Trường TH-THCS Ngô Thời Nhiệm: no other journey edits it
NOTICE = "Lịch tiêm chủng cho học sinh lớp 1 ngày 15/9"
HEADER_MAX = 200  # px of a 740 px phone screen (it was 315)


def box_of(locator):
    box = locator.bounding_box()
    assert box is not None, "not rendered"
    return box


def test_parent_finds_the_principals_phone_on_a_phone(live, phone, shots):
    school = live.school()
    phone.goto(live.url(school["schema"]))
    header = box_of(phone.locator(".site-header"))
    assert header["height"] <= HEADER_MAX, f"header {header['height']:.0f}px tall"
    contact = phone.get_by_role("region", name="Liên hệ")
    principal = contact.locator('a[href^="tel:"]').first
    expect(principal).to_be_visible()
    expect(contact).to_contain_text("Hiệu trưởng")
    link = box_of(principal)
    assert link["y"] + link["height"] <= 2 * 740, f"the principal's phone is {link['y']:.0f}px down"
    assert link["height"] >= checks.MIN_TARGET
    expect(contact.locator('a[href^="mailto:"]').first).to_be_visible()
    assert checks.layout(phone)["scrollWidth"] <= 360
    shots(phone, "home-principal-phone")

    phone.goto(live.url(school["schema"], "/lien-he/"))
    numbers = phone.get_by_role("region", name="Điện thoại, thư điện tử").locator('a[href^="tel:"]')
    expect(numbers.first).to_be_visible()
    assert numbers.count() >= 2  # the leaders and the office
    assert checks.tap_targets(phone)["small"] == []
    shots(phone, "contact-page")

    phone.goto(live.url(school["schema"], "/gioi-thieu/"))
    leaders = phone.locator("#lanh-dao")
    expect(leaders.locator('a[href^="tel:"]').first).to_be_visible()
    assert box_of(leaders)["y"] < 3 * 740, "the leaders' contacts are far down Giới thiệu"
    shots(phone, "about-leaders")


def admin_login(browser, base, username):
    context = browser.new_context(**DESKTOP, locale="vi-VN")
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.goto(f"{base}/admin/login/")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label(re.compile("Mật khẩu|Password")).fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(f"{base}/admin/")
    return page


def test_board_head_approves_with_a_confirmation(live, browser, shots):
    base = live.url(BOARD_SCHOOL).rstrip("/")

    editor = admin_login(browser, base, "bientap")
    expect(editor).to_have_title(re.compile("Ngô Thời Nhiệm"))
    daily = editor.get_by_role("region", name="Việc hằng ngày")
    daily.get_by_role("link", name="Thêm thông báo").click()
    editor.get_by_role("textbox", name="Tiêu đề*").fill(NOTICE)
    editor.get_by_role("textbox", name="Tóm tắt").fill("Nhà trường tổ chức họp cha mẹ học sinh lúc 7 giờ 30.")
    editor.get_by_role("button", name="Thao tác khác").click()
    editor.get_by_role("button", name="Gửi vào Ban Biên tập duyệt tin bài").click()
    expect(editor.get_by_text(re.compile("gửi kiểm duyệt|gửi duyệt")).first).to_be_visible()
    shots(editor, "editor-submitted-notice")
    editor.context.close()

    head = admin_login(browser, base, "truongban")
    waiting = head.get_by_role("region", name="Đang chờ bạn duyệt")
    row = waiting.get_by_role("row").filter(has_text=NOTICE)
    expect(row).to_be_visible()
    row.get_by_role("button", name="Thao tác").click()
    row.get_by_role("button", name="Phê duyệt và xuất bản…").click()
    dialog = head.get_by_role("dialog")
    expect(dialog).to_be_visible()
    confirm = dialog.get_by_role("button", name=re.compile("Phê duyệt"))
    expect(confirm).to_be_visible()
    shots(head, "head-confirms-approval")

    visitor = browser.new_context(**PHONE, locale="vi-VN").new_page()
    visitor.goto(f"{base}/thong-bao/")
    expect(visitor.get_by_role("link", name=NOTICE, exact=True)).to_have_count(0)  # not before the confirmation

    confirm.click()
    expect(dialog).to_be_hidden()
    expect(waiting.get_by_role("row").filter(has_text=NOTICE)).to_have_count(0)
    shots(head, "head-approved")
    head.context.close()

    visitor.goto(f"{base}/thong-bao/")
    expect(visitor.get_by_role("link", name=NOTICE, exact=True)).to_be_visible()
    shots(visitor, "public-notice")
    visitor.context.close()
