"""Journey 1: a visitor on a 360x740 phone uses a school portal, by touch and by keyboard only.

Steps: open the school home, open the menu with its button, read a news article;
filter the documents and download one; search without diacritics and open a hit.
Each step is a test of its own so a failure names the step; screenshots are
numbered across the journey (``test-output/e2e/visitor-<nn>-<step>.png``).
"""

import re

import pytest

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
