"""Journey of issue 17 (TT 32/2017/TT-BTTTT) on a 360x740 phone.

A visitor who reads with difficulty enlarges the text and turns on high contrast: the choice survives
a reload and another page, and sets no cookie. The menu leads to "Sơ đồ cổng", whose tree leads to the
"Lịch công tác"; an article saves as one HTML file; the English summary names the school in English.
"""

import re

import pytest

from tests.e2e import checks

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = [pytest.mark.e2e, pytest.mark.journey("standards")]


def article_path(live, schema):
    return next(p["path"] for p in live.pages_of(schema) if p["type"] == "news.NewsArticlePage")


def classes(page):
    return set(page.evaluate("Array.from(document.documentElement.classList)"))


def test_display_choices_persist_without_cookies(live, phone, context, shots):
    school = live.school()["schema"]
    phone.goto(live.url(school))
    phone.get_by_role("button", name="Danh mục").click()
    controls = phone.get_by_role("group", name="Tùy chọn hiển thị")
    expect(controls).to_be_visible()
    base = phone.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    controls.get_by_role("button", name="Tăng cỡ chữ").click()
    controls.get_by_role("button", name="Tăng cỡ chữ").click()
    controls.get_by_role("button", name="Tương phản cao").click()
    assert classes(phone) >= {"text-size-2", "high-contrast"}
    assert phone.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") == base * 1.25
    shots(phone, "large-text-high-contrast")
    phone.goto(live.url(school, article_path(live, school)))
    assert classes(phone) >= {"text-size-2", "high-contrast"}  # applied before the first paint
    assert checks.layout(phone)["scrollWidth"] <= 360  # the larger text still fits a phone
    assert context.cookies() == []  # kept in the browser's storage, never in a cookie
    phone.get_by_role("button", name="Danh mục").click()
    expect(phone.get_by_role("button", name="Tương phản cao")).to_have_attribute("aria-pressed", "true")
    phone.get_by_role("button", name="Cỡ chữ mặc định").click()
    phone.get_by_role("button", name="Tương phản cao").click()
    phone.reload()
    assert classes(phone) == {"js"}


def test_site_map_schedule_save_and_english(live, phone, shots):
    school = live.school()["schema"]
    phone.goto(live.url(school))
    phone.get_by_role("button", name="Danh mục").click()
    phone.get_by_role("navigation", name="Danh mục chính").get_by_role("link", name="Sơ đồ cổng").click()
    expect(phone.get_by_role("heading", name="Sơ đồ cổng", level=1)).to_be_visible()
    tree = phone.get_by_role("navigation", name="Sơ đồ cổng")
    expect(tree.get_by_role("link", name="Giới thiệu")).to_be_visible()
    shots(phone, "site-map")
    tree.get_by_role("link", name="Lịch công tác").click()
    expect(phone.get_by_role("table")).to_contain_text("Chào cờ đầu tuần")
    phone.get_by_role("link", name="Tuần sau ›").click()
    expect(phone).to_have_url(re.compile(r"tuan=\d{4}-W\d{2}"))
    expect(phone.get_by_role("table")).to_contain_text("Chào cờ đầu tuần")  # the demo fills two weeks
    shots(phone, "work-schedule")

    phone.goto(live.url(school, article_path(live, school)))
    with phone.expect_download() as download:
        phone.get_by_role("link", name="Lưu (HTML)").click()
    saved = download.value
    assert saved.suggested_filename.endswith(".html")
    text = open(saved.path(), encoding="utf-8").read()
    assert "<style>" in text and "<base href=" in text and 'rel="stylesheet"' not in text

    phone.goto(live.url(school, "/en/"))
    expect(phone.locator("h1")).to_contain_text("Lower Secondary School")
    expect(phone.get_by_role("table")).to_contain_text("Principal")
    shots(phone, "english-summary")
