"""Journey 1: a visitor on a 360x740 phone uses a school portal, by touch and by keyboard only.

Steps: open the school home, open the menu with its button, read a news article;
filter the documents and download one; search without diacritics and open a hit.
Each step is a test of its own so a failure names the step; screenshots are
numbered across the journey (``test-output/e2e/visitor-<nn>-<step>.png``).
"""

import re
from pathlib import Path

import pytest

from portal.text.normalize import fold
from tests.e2e import checks

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = [pytest.mark.e2e, pytest.mark.journey("visitor")]

DATE = re.compile(r"\b\d{2}/\d{2}/\d{4}\b")


def open_menu(page):
    button = page.get_by_role("button", name="Danh mục")
    menu = page.get_by_role("navigation", name="Danh mục chính")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_hidden()
    button.tap()
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(menu).to_be_visible()
    return menu


def test_menu_by_touch_and_read_a_news_article(live, phone, shots):
    school = live.school()
    phone.goto(live.url(school["schema"]))
    expect(phone.get_by_role("heading", level=1)).to_have_text(school["name"])
    size = checks.menu_button(phone)
    assert size["width"] >= checks.MENU_BUTTON_MIN and size["height"] >= checks.MENU_BUTTON_MIN, size
    shots(phone, "school-home")

    menu = open_menu(phone)
    shots(phone, "menu-open")
    menu.get_by_role("link", name="Tin tức - Sự kiện").tap()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Tin tức - Sự kiện")
    expect(phone.get_by_role("navigation", name="Danh mục chính")).to_be_hidden()
    shots(phone, "news-list")

    first = phone.locator(".news-list").first.get_by_role("link").first
    title = first.inner_text().strip()
    first.tap()
    article = phone.get_by_role("article")
    expect(article.get_by_role("heading", level=1)).to_have_text(title)
    expect(article.locator("time").first).to_have_text(DATE)
    assert checks.layout(phone)["scrollWidth"] <= 360
    shots(phone, "news-article")
    shots(phone, "news-article-full", full_page=True)


def test_filter_the_documents_and_download_one(live, phone, shots):
    school = live.school()
    phone.goto(live.url(school["schema"]))
    open_menu(phone).get_by_role("link", name="Văn bản chỉ đạo, quy định").tap()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Văn bản chỉ đạo, quy định")
    count = phone.get_by_role("status").filter(has_text="văn bản")
    total = int(count.locator("strong").inner_text())
    assert total >= 2, "the demo register of the school should list several documents"
    shots(phone, "documents")

    filters = phone.get_by_role("search", name="Tìm kiếm văn bản")
    filters.get_by_text("Lọc theo hình thức, cơ quan ban hành").tap()
    filters.get_by_label("Lĩnh vực").select_option(label="Công tác chung, hành chính")
    assert checks.layout(phone)["scrollWidth"] <= 360
    shots(phone, "documents-filter-open")
    filters.get_by_role("button", name="Áp dụng bộ lọc").tap()
    expect(phone).to_have_url(re.compile(r"linh_vuc=cong-tac-chung"))
    expect(count).to_contain_text("phù hợp")
    matching = int(count.locator("strong").inner_text())
    assert 1 <= matching < total
    shots(phone, "documents-filtered")

    # A non-PDF attachment downloads (PDFs open inline on phones).
    link = (
        phone.get_by_role("main")
        .get_by_role("link", name=re.compile(r"Tải về.*\b(DOCX|DOC|XLSX|XLS|ODT|ODS|ZIP)\b"))
        .first
    )
    with phone.expect_download() as download_info:
        link.tap()
    download = download_info.value
    data = Path(download.path()).read_bytes()
    assert download.suggested_filename.lower().endswith((".docx", ".doc", ".xlsx", ".xls", ".odt", ".ods", ".zip"))
    assert data[:2] == b"PK" or data[:4] == bytes.fromhex("d0cf11e0"), data[:8]
    assert len(data) > 1000


def test_search_without_diacritics_and_open_a_hit(live, phone, shots):
    school = live.school()
    article = next(p for p in live.pages_of(school["schema"]) if p["type"] == "news.NewsArticlePage")
    query = " ".join(fold(article["title"]).lower().split()[:3])  # "le khai giang"
    phone.goto(live.url(school["schema"]))
    search = phone.get_by_role("searchbox", name="Tìm kiếm trên cổng thông tin")
    search.fill(query)
    shots(phone, "search-typed")
    with phone.expect_response(lambda r: "/tim-kiem/" in r.url and r.request.is_navigation_request()) as answer:
        search.press("Enter")
    if answer.value.status == 404:
        pytest.skip("search (/tim-kiem/, portal.search) has not landed yet")
    hit = phone.get_by_role("main").get_by_role("link", name=article["title"])
    expect(hit.first).to_be_visible()
    assert checks.layout(phone)["scrollWidth"] <= 360
    shots(phone, "search-results")
    hit.first.tap()
    expect(phone.get_by_role("heading", level=1)).to_have_text(article["title"])
    shots(phone, "search-hit-opened")


def test_keyboard_only_menu_and_search(live, phone, shots):
    """Tab to the menu button, Enter opens, Escape closes with focus back; Tab to search, type, Enter submits."""
    school = live.school()
    phone.goto(live.url(school["schema"]))

    phone.keyboard.press("Tab")
    skip = phone.get_by_role("link", name="Bỏ qua, đến nội dung chính")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()

    button = phone.get_by_role("button", name="Danh mục")
    for _ in range(20):
        if button.evaluate("el => el === document.activeElement"):
            break
        phone.keyboard.press("Tab")
    expect(button).to_be_focused()
    focus = button.evaluate(
        "el => ({visible: el.matches(':focus-visible'), style: getComputedStyle(el).outlineStyle,"
        " width: parseFloat(getComputedStyle(el).outlineWidth)})"
    )
    assert focus["visible"] and focus["style"] != "none" and focus["width"] >= 2, focus
    shots(phone, "keyboard-menu-button-focused")

    menu = phone.get_by_role("navigation", name="Danh mục chính")
    phone.keyboard.press("Enter")
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(menu).to_be_visible()
    shots(phone, "keyboard-menu-open")
    phone.keyboard.press("Escape")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_hidden()
    expect(button).to_be_focused()

    # Keyboard-only navigation through the open menu to a section.
    phone.keyboard.press("Enter")
    target = menu.get_by_role("link", name="Thông báo", exact=True)
    for _ in range(40):
        if target.evaluate("el => el === document.activeElement"):
            break
        phone.keyboard.press("Tab")
    expect(target).to_be_focused()
    phone.keyboard.press("Enter")
    expect(phone.get_by_role("heading", level=1)).to_have_text("Thông báo")

    # Search box: from the menu button the next stop is the search field.
    button.focus()
    phone.keyboard.press("Tab")
    search = phone.get_by_role("searchbox", name="Tìm kiếm trên cổng thông tin")
    expect(search).to_be_focused()
    phone.keyboard.type("khai giang")
    shots(phone, "keyboard-search-typed")
    phone.keyboard.press("Enter")
    phone.wait_for_url(re.compile(r"/tim-kiem/\?q=khai\+giang"))
