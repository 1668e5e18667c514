"""System links (letter III.3 item 13): defaults once per portal, header/footer, admin, isolation."""

import re

from django.contrib.auth import get_user_model
from django_tenants.utils import tenant_context
from wagtail.models import Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from portal.core.models import SystemLink, SystemLinkSettings
from portal.core.models.system_links import ensure_default_system_links
from tenants.provisioning import scaffold


def links(portal):
    with tenant_context(portal):
        return list(SystemLink.objects.order_by("sort_order").values_list("label", "url", "placement"))


def footer(html):
    return html.split('id="lien-ket-he-thong"', 1)[1].split("</nav>", 1)[0]


def header(html):
    return html.split('aria-label="Liên kết nhanh đến các hệ thống"', 1)[1].split("</nav>", 1)[0]


def test_defaults_of_a_school_point_to_its_district(school_a):
    assert links(school_a) == [
        ("Hệ thống quản lý trường học (CSDL ngành)", "https://csdl.moet.gov.vn", "both"),
        ("Sổ liên lạc điện tử", "https://vnedu.vn", "both"),
        ("Cổng thông tin Phòng GD&ĐT", "http://tptdm.edu.vn/", "footer"),
        ("Cổng thông tin Bộ GD&ĐT", "https://moet.gov.vn", "footer"),
    ]


def test_the_district_does_not_link_to_itself(district):
    labels = [label for label, _, _ in links(district)]
    assert labels == ["Hệ thống quản lý trường học (CSDL ngành)", "Cổng thông tin Bộ GD&ĐT"]


def test_defaults_are_created_once(school_b):
    before = links(school_b)
    scaffold(school_b)
    with tenant_context(school_b):
        assert ensure_default_system_links(school_b) == []
    assert links(school_b) == before
    # Links the school deleted on purpose are not brought back by the next scaffold.
    with tenant_context(school_b):
        SystemLink.objects.all().delete()
    scaffold(school_b)
    assert links(school_b) == []


def test_links_are_rendered_in_footer_and_header_accessibly(school_a, portal_client):
    html = portal_client(school_a).get("/").content.decode()
    box = footer(html)
    assert '<h2 id="lien-ket-he-thong" class="footer-title">Liên kết hệ thống</h2>' in html
    assert box.count("<li>") == 4
    assert (
        '<a href="https://csdl.moet.gov.vn" target="_blank" rel="noopener noreferrer">'
        "Hệ thống quản lý trường học (CSDL ngành)"
        '<span class="visually-hidden"> (mở trong thẻ mới)</span></a>'
    ) in box
    assert '<a href="http://tptdm.edu.vn/"' in box and "Cổng thông tin điện tử Phòng Giáo dục" in box
    top = header(html)
    assert re.findall(r">([^<>]+)<span", top) == ["Hệ thống quản lý trường học (CSDL ngành)", "Sổ liên lạc điện tử"]
    assert html.index("Liên kết nhanh đến các hệ thống") < html.index('class="brand"')
    assert "css/system_links.css" in html


def test_links_are_per_school_and_changes_show_at_once(school_a, school_b, portal_client):
    a, b = portal_client(school_a), portal_client(school_b)
    a.get("/")  # warm the cache
    with tenant_context(school_a):
        link = SystemLink.objects.get(label="Sổ liên lạc điện tử")
        link.label = "Sổ liên lạc điện tử SMAS"
        link.url = "https://smas.edu.vn"
        link.placement = SystemLink.Placement.FOOTER
        link.open_in_new_tab = False
        link.save()
    html = a.get("/").content.decode()
    assert '<a href="https://smas.edu.vn">Sổ liên lạc điện tử SMAS</a>' in footer(html)
    assert "SMAS" not in header(html)
    other = b.get("/").content.decode()
    assert "SMAS" not in other and "https://vnedu.vn" in other


def test_no_links_means_no_markup(school_b, portal_client):
    with tenant_context(school_b):
        SystemLink.objects.all().delete()
    html = portal_client(school_b).get("/").content.decode()
    assert "lien-ket-he-thong" not in html and "system-links--header" not in html


def test_links_are_edited_in_the_admin_with_vietnamese_errors(school_a, portal_client):
    with tenant_context(school_a):
        get_user_model().objects.create_superuser("qtht", "qtht@ptdm.edu.vn", "MatKhau@2025")
        site = Site.objects.get()
        setting = SystemLinkSettings.for_site(site)
        existing = list(setting.links.order_by("sort_order"))
    client = portal_client(school_a)
    assert client.post("/admin/login/", {"username": "qtht", "password": "MatKhau@2025"}).status_code == 302
    url = f"/admin/settings/core/systemlinksettings/{site.pk}/"
    page = client.get(url).content.decode()
    assert "Liên kết đến các hệ thống" in page and "Vị trí hiển thị" in page

    def form(rows):
        return nested_form_data({"links": inline_formset(rows, initial=len(existing))})

    kept = [
        {
            "id": str(link.pk),
            "label": link.label,
            "url": link.url,
            "description": link.description,
            "placement": link.placement,
            "group": link.group,
            "open_in_new_tab": "on",
        }
        for link in existing
    ]
    bad = {
        "id": "",
        "label": "Thư viện điện tử",
        "url": "ftp://thuvien.ptdm.edu.vn",
        "description": "",
        "placement": "header",
        "group": "other",
        "open_in_new_tab": "",
    }
    response = client.post(url, form([*kept, bad]))
    assert response.status_code == 200
    assert "bắt đầu bằng http:// hoặc https://" in response.content.decode()
    assert len(links(school_a)) == 4

    good = {**bad, "url": "https://thuvien.ptdm.edu.vn/"}
    response = client.post(url, form([*kept, good]))
    assert response.status_code == 302
    assert links(school_a)[-1] == ("Thư viện điện tử", "https://thuvien.ptdm.edu.vn/", "header")
    assert "Thư viện điện tử" in header(portal_client(school_a).get("/").content.decode())
