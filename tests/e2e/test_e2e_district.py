"""Journey 3: a visitor of the district portal finds a school in the list and lands on its portal."""

import re

import pytest

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = [pytest.mark.e2e, pytest.mark.journey("district")]


def test_district_visitor_finds_a_school_and_lands_on_its_portal(live, phone, shots):
    school = live.school()
    phone.goto(live.url(live.district["schema"]))
    expect(phone.get_by_role("heading", level=1)).to_have_text(re.compile("Phòng Giáo dục và Đào tạo"))
    shots(phone, "district-home")

    schools = phone.get_by_role("region", name=re.compile("Các cơ sở giáo dục trực thuộc"))
    schools.scroll_into_view_if_needed()
    expect(schools.get_by_role("heading", level=3).first).to_be_visible()
    # Every demo school is listed (the daily-work journey may add and stop one of its own in this run).
    for portal in live.portals:
        if portal["kind"] == "school":
            expect(schools.get_by_role("link", name=portal["name"], exact=True)).to_be_visible()
    shots(phone, "school-list")

    schools.get_by_role("link", name=school["name"], exact=True).click()
    phone.wait_for_url(live.url(school["schema"]))
    expect(phone.get_by_role("heading", level=1)).to_have_text(school["name"])
    expect(phone.locator(".brand-supervisor")).to_have_text(re.compile("Phòng Giáo dục và Đào tạo"))
    assert phone.title().startswith(school["name"])
    shots(phone, "school-home")

    # Back on the district portal through the browser history: the district's own menu, not the school's.
    phone.go_back()
    expect(phone.get_by_role("heading", level=1)).to_have_text(re.compile("Phòng Giáo dục và Đào tạo"))
