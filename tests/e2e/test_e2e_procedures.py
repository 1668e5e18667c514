"""Journey of issue 11 on a 360x740 phone: a parent uses a school's online services.

1. From "Thủ tục - Biểu mẫu" the parent opens the leave-of-absence procedure, follows "Nộp trực tuyến",
   fills the online form (date field, choice, consent of parent and child) and gets a reference code.
2. The parent asks a question in "Hỏi đáp", gets a tracking code and follows it by that code.
3. The parent looks up an exam result with the candidate number and date of birth (a wrong date finds
   nothing). Screenshots: ``procedures-<nn>-*.png``.
"""

import re

import pytest

from tests.e2e import checks

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = [pytest.mark.e2e, pytest.mark.journey("procedures")]


def fits(phone):
    assert checks.layout(phone)["scrollWidth"] <= 360


def test_parent_submits_a_form_asks_a_question_and_looks_up_a_result(live, phone, shots):
    school = live.school()["schema"]
    phone.goto(live.url(school, "/thu-tuc-bieu-mau/"))
    phone.get_by_label("Lĩnh vực").select_option(label="Học vụ, hồ sơ học sinh")
    phone.get_by_role("button", name="Lọc").click()
    phone.get_by_role("link", name="Xin phép cho học sinh nghỉ học").click()
    expect(phone.locator(".procedure-facts")).to_contain_text("Thời hạn giải quyết")
    fits(phone)
    shots(phone, "procedure")

    phone.get_by_role("link", name=re.compile("Nộp trực tuyến")).click()
    phone.get_by_label("Họ và tên học sinh").fill("Nguyễn Hoàng Nam")
    phone.locator("#id_lop").fill("7A2")
    phone.get_by_label("Số điện thoại cha mẹ").fill("0912 000 111")
    phone.get_by_label("Nghỉ từ ngày").fill("2026-12-14")
    phone.get_by_label("Đến hết ngày").fill("2026-12-15")
    phone.get_by_label("Ốm đau").check()
    phone.get_by_label("Họ và tên cha, mẹ hoặc người giám hộ").fill("Nguyễn Văn Hải")
    phone.get_by_label("Ngày sinh của học sinh").fill("2013-05-20")
    phone.locator("#id_consent_parent").check()
    phone.locator("#id_consent_child").check()
    fits(phone)
    shots(phone, "form-filled", full_page=True)
    phone.get_by_role("button", name="Gửi biểu mẫu").click()
    code = phone.locator("#ma-ho-so")
    expect(code).to_have_text(re.compile(r"^HS-[A-Z0-9]{8}$"))
    shots(phone, "form-code")

    phone.goto(live.url(school, "/thu-tuc-bieu-mau/hoi-dap/"))
    phone.locator("#id_name").fill("Nguyễn Văn Hải")
    phone.get_by_label("Điện thoại hoặc thư điện tử").fill("0912 000 111")
    phone.get_by_label("Chủ đề").select_option(label="Tuyển sinh")
    phone.locator("#id_body").fill("Trường có tuyển học sinh lớp 6 ngoài địa bàn phường không?")
    phone.locator("#id_consent").check()
    phone.get_by_role("button", name="Gửi câu hỏi").click()
    tracking = phone.locator("#ma-theo-doi").inner_text()
    assert re.fullmatch(r"HD-[A-Z0-9]{8}", tracking)
    phone.get_by_label("Mã theo dõi").fill(tracking)
    phone.get_by_role("button", name="Xem").click()
    expect(phone.locator("#tinh-trang")).to_contain_text("Đã tiếp nhận")
    fits(phone)
    shots(phone, "question-followed")

    phone.goto(live.url(school, "/tra-cuu/ket-qua-thi/"))
    phone.get_by_label("Số báo danh").fill("KS0001")
    phone.get_by_label("Ngày sinh").fill("2011-09-06")
    phone.get_by_role("button", name="Tra cứu").click()
    expect(phone.get_by_role("alert")).to_contain_text("Không tìm thấy kết quả")
    phone.get_by_label("Ngày sinh").fill("2011-09-05")
    phone.get_by_role("button", name="Tra cứu").click()
    expect(phone.get_by_role("heading", name=re.compile("Nguyễn Minh Anh"))).to_be_visible()
    expect(phone.locator(".lookup-result")).to_contain_text("7,75")
    assert checks.tap_targets(phone)["small"] == []
    fits(phone)
    shots(phone, "result-found")
