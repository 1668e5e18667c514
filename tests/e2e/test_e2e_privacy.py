"""Journey of issue 20: a parent's request about their child's data, handled end to end in the admin.

1. On a phone, the parent sends the leave-of-absence form about their child (consent ticked) and keeps the
   reference code; then, from "Dữ liệu cá nhân", asks the school to erase the child's data, giving that code.
2. On a desktop, the school's administrator finds the request in "Dữ liệu cá nhân > Yêu cầu của phụ huynh"
   with its deadline, opens it, sees the submission found by the code, exports everything as JSON, erases
   it; the request is then "Đã giải quyết". Screenshots: ``privacy-<nn>-*.png``.
"""

import json
import re

import pytest

from tests.e2e import checks

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = [pytest.mark.e2e, pytest.mark.journey("privacy")]

SCHOOL = "thphuhoa1tdm"  # Trường Tiểu học Phú Hòa 1: no other journey sends its forms
PASSWORD = "Demo@2025"  # the published demo password (demo.portals.DEMO_PASSWORD)
DESKTOP = {"viewport": {"width": 1280, "height": 900}}


def test_parent_request_is_handled_end_to_end_in_the_admin(live, phone, browser, shots):
    phone.goto(live.url(SCHOOL, "/thu-tuc-bieu-mau/"))
    phone.get_by_role("link", name="Xin phép cho học sinh nghỉ học").click()
    phone.get_by_role("link", name=re.compile("Nộp trực tuyến")).click()
    phone.get_by_label("Họ và tên học sinh").fill("Trần Gia Huy")
    phone.locator("#id_lop").fill("3A1")
    phone.get_by_label("Số điện thoại cha mẹ").fill("0913 222 333")
    phone.get_by_label("Nghỉ từ ngày").fill("2026-12-14")
    phone.get_by_label("Đến hết ngày").fill("2026-12-15")
    phone.get_by_label("Ốm đau").check()
    phone.get_by_label("Họ và tên cha, mẹ hoặc người giám hộ").fill("Trần Văn Tài")
    phone.get_by_label("Ngày sinh của học sinh").fill("2018-04-09")
    phone.locator("#id_consent_parent").check()
    phone.locator("#id_consent_child").check()
    phone.get_by_role("button", name="Gửi biểu mẫu").click()
    code = phone.locator("#ma-ho-so").inner_text()
    assert re.fullmatch(r"HS-[A-Z0-9]{8}", code)

    phone.goto(live.url(SCHOOL, "/du-lieu-ca-nhan/"))
    expect(phone.locator(".register-table")).to_contain_text("Hồ sơ nộp trực tuyến")
    assert checks.layout(phone)["scrollWidth"] <= 360 or phone.locator(".table-scroll").count()
    phone.get_by_role("link", name=re.compile("Gửi yêu cầu xem, sửa, xóa")).click()
    phone.get_by_label("Xóa dữ liệu").check()
    phone.get_by_label("Họ và tên trẻ").fill("Trần Gia Huy")
    phone.get_by_label("Ngày sinh của trẻ").fill("2018-04-09")
    phone.get_by_label("Người yêu cầu").fill("Trần Văn Tài")
    phone.get_by_label("Quan hệ với trẻ").fill("cha")
    phone.get_by_label("Điện thoại hoặc thư điện tử").fill("0913 222 333")
    phone.get_by_label("Mã hồ sơ liên quan").fill(code)
    phone.locator("#id_confirm").check()
    phone.get_by_role("button", name="Gửi yêu cầu").click()
    request_code = phone.locator("#ma-yeu-cau").inner_text()
    assert re.fullmatch(r"YC-[A-Z0-9]{8}", request_code)
    assert checks.layout(phone)["scrollWidth"] <= 360
    shots(phone, "request-sent")

    base = live.url(SCHOOL).rstrip("/")
    context = browser.new_context(**DESKTOP, locale="vi-VN", accept_downloads=True)
    context.set_default_timeout(15_000)
    admin = context.new_page()
    admin.goto(f"{base}/admin/login/")
    admin.get_by_label("Tên đăng nhập").fill("admin")
    admin.get_by_label(re.compile("Mật khẩu|Password")).fill(PASSWORD)
    admin.get_by_role("button", name="Đăng nhập").click()
    admin.wait_for_url(f"{base}/admin/")
    admin.goto(f"{base}/admin/du-lieu-ca-nhan/yeu-cau/")
    row = admin.locator("tr", has_text=request_code)
    expect(row).to_contain_text("Đã tiếp nhận")
    row.get_by_role("link", name="Xử lý").click()
    expect(admin.locator("body")).to_contain_text("Hạn trả lời")
    expect(admin.locator("body")).to_contain_text(code)
    with admin.expect_download() as download:
        admin.get_by_role("link", name="Xuất toàn bộ dữ liệu (JSON)").click()
    exported = json.loads(open(download.value.path(), encoding="utf-8").read())
    assert any(section["loai_du_lieu"] == "hồ sơ nộp trực tuyến" for section in exported["du_lieu"])
    shots(admin, "request-handled")
    admin.once("dialog", lambda dialog: dialog.accept())
    admin.get_by_role("button", name=re.compile("Xóa toàn bộ dữ liệu")).click()
    expect(admin.locator("#trang-thai")).to_have_text("Đã giải quyết")
    expect(admin.locator("#khong-co-du-lieu")).to_be_visible()
    shots(admin, "request-erased")
    context.close()
