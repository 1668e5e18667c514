"""The English summary (NĐ 42/2022): generated from the Vietnamese data, in step with it, per school."""

import pytest
from django_tenants.utils import tenant_context
from test_organization_pages import populate  # same folder: pytest puts it on sys.path

from portal.organization.english import POSITIONS, english_name, translate
from portal.organization.models import LeaderContact, OrganizationPage


def test_names_of_the_portals_in_english(district, school_a, school_b):
    assert english_name(school_a) == "Chu Van An Lower Secondary School"
    assert english_name(school_b) == "Hoa Sen Kindergarten"
    assert english_name(district) == "Thu Dau Mot City Bureau of Education and Training"


@pytest.mark.parametrize(
    ("position", "english", "known"),
    [
        ("Hiệu trưởng", "Principal", True),
        ("Phó Hiệu trưởng phụ trách chuyên môn", "Vice Principal", True),
        ("Trưởng phòng", "Head of the Bureau", True),
        ("Tổ trưởng", "Head of Group", True),
        ("Cố vấn học tập", "Cố vấn học tập", False),  # unknown: kept in Vietnamese, never guessed
    ],
)
def test_positions_are_translated_from_the_table(position, english, known):
    assert translate(position, POSITIONS) == (english, known)


def test_english_page_shows_leaders_units_and_contacts(school_a, portal_client):
    populate(school_a)
    response = portal_client(school_a).get("/en/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<div lang="en" class="english-summary">' in html
    assert "<h1>Chu Van An Lower Secondary School</h1>" in html
    assert "<td>Pham Thi Ngoc Lan</td>" in html and "<td>Principal</td>" in html
    assert 'href="mailto:lan.thcschuvanan@ptdm.edu.vn"' in html and 'href="tel:02743822908"' in html
    assert '<span lang="vi">Ban Giám hiệu</span> (Board of Principals)' in html
    assert "(Group): Vo Minh Khoa, Head of Group</li>" in html
    assert 'href="/gioi-thieu/" hreflang="vi"' in html


def test_english_page_follows_a_change_in_vietnamese(school_a, portal_client):
    page = populate(school_a)
    with tenant_context(school_a):
        page = OrganizationPage.objects.get(pk=page.pk)
        email = "duc.thcschuvanan@ptdm.edu.vn"
        page.leaders = [LeaderContact(full_name="Đặng Văn Đức", position="Cố vấn", email=email)]
        page.save_revision().publish()
    html = portal_client(school_a).get("/en/").content.decode()
    assert "<td>Dang Van Duc</td>" in html and "<td>Pham Thi Ngoc Lan</td>" not in html
    assert '<span lang="vi">Cố vấn</span> (Vietnamese)' in html


def test_each_school_has_its_own_english_page(school_a, school_b, portal_client):
    populate(school_a, unit_prefix="CVA ")
    html_b = portal_client(school_b).get("/en/").content.decode()
    assert "<h1>Hoa Sen Kindergarten</h1>" in html_b
    assert "CVA " not in html_b and "Chu Van An" not in html_b
