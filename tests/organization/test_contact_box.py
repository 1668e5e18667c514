"""The head's telephone and mailbox where a parent looks first (issue 22 item 13).

Home page: a contact box right under the welcome, with ``tel:`` and ``mailto:`` links, and the office's
details only once (in the footer). "Liên hệ - Hỏi đáp": leaders and office, all tappable. "Giới thiệu":
the leaders' contacts come first.
"""

from django.template.loader import render_to_string
from django_tenants.utils import tenant_context

from portal.organization.models import LeaderContact, OrganizationPage

PRINCIPAL = {"position": "Hiệu trưởng", "full_name": "Phạm Thị Ngọc Lan", "phone": "0274 3822 908"}


def publish_leaders(portal):
    with tenant_context(portal):
        page = OrganizationPage.objects.get()
        page.functions = "<p>Tổ chức hoạt động giáo dục.</p>"
        page.leaders = [
            LeaderContact(sort_order=0, email="lan.thcschuvanan@ptdm.edu.vn", **PRINCIPAL),
            LeaderContact(
                sort_order=1,
                position="Phó Hiệu trưởng",
                full_name="Trần Thu Hà",
                phone="0912 345 678",
                email="ha.thcschuvanan@ptdm.edu.vn",
            ),
        ]
        page.save_revision().publish()


def section(html, marker):
    return html.split(marker, 1)[1].split("</section>", 1)[0]


def test_home_page_shows_the_principals_phone_first(school_a, portal_client):
    publish_leaders(school_a)
    html = portal_client(school_a).get("/").content.decode()
    box = section(html, 'id="lien-he-nhanh"')
    assert "Hiệu trưởng</span> Phạm Thị Ngọc Lan" in box
    assert 'href="tel:02743822908"' in box and 'href="mailto:lan.thcschuvanan@ptdm.edu.vn"' in box
    assert "Trần Thu Hà" not in box  # the head only; the others are one tap away
    assert 'href="/gioi-thieu/#lanh-dao"' in box
    main = html.split('id="noi-dung"', 1)[1]
    assert main.index('id="lien-he-nhanh"') < main.index('id="tin-moi"')  # above the news
    assert html.count('id="lien-he-nhanh"') == 1
    assert html.count("mailto:thcschuvanan@ptdm.edu.vn") == 1  # the office's mailbox once, in the footer


def test_contact_section_lists_leaders_and_office_as_links(school_a, portal_client):
    publish_leaders(school_a)
    html = portal_client(school_a).get("/lien-he/").content.decode()
    box = section(html, 'id="dien-thoai-thu-dien-tu"')
    for href in (
        "tel:02743822908",
        "mailto:lan.thcschuvanan@ptdm.edu.vn",
        "tel:0912345678",
        "mailto:ha.thcschuvanan@ptdm.edu.vn",
        "mailto:thcschuvanan@ptdm.edu.vn",
    ):
        assert f'href="{href}"' in box
    assert "Số 1 Đường 30/4" in box


def test_about_page_puts_the_leaders_contacts_first(school_a, portal_client):
    publish_leaders(school_a)
    html = portal_client(school_a).get("/gioi-thieu/").content.decode()
    assert html.index('id="lanh-dao"') < html.index('id="chuc-nang"')
    toc = html.split('class="org-toc"', 1)[1].split("</nav>", 1)[0]
    assert toc.index("#lanh-dao") < toc.index("#chuc-nang")


def test_without_leaders_the_home_box_shows_the_office(school_b, portal_client):
    html = portal_client(school_b).get("/").content.decode()
    box = section(html, 'id="lien-he-nhanh"')
    assert 'href="mailto:mnhoasen@ptdm.edu.vn"' in box


def test_feed_box_link_keeps_the_capitals_of_the_office_name():
    html = render_to_string(
        "feeds/includes/box.html", {"items": [{"title": "Tin", "link": "/x/"}], "heading": "Tin từ Phòng GD&ĐT"}
    )
    assert "Xem tất cả tin từ Phòng GD&amp;ĐT" in html
