"""The "Giới thiệu" page: creation through the Wagtail admin, rendering, official e-mail rule, isolation."""

import unicodedata

import pytest
from django.core.exceptions import ValidationError
from django_tenants.utils import tenant_context
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from portal.core.models import HomePage
from portal.organization.models import LeaderContact, OrganizationPage, OrgMember, OrgUnit

UNITS = [
    {"name": "Hội đồng trường", "parent_name": "", "description": "Quyết nghị chiến lược phát triển."},
    {"name": "Ban Giám hiệu", "parent_name": "Hội đồng trường", "description": ""},
    {"name": "Tổ Toán - Tin", "parent_name": "Ban Giám hiệu", "description": ""},
    {"name": "Tổ Văn phòng", "parent_name": "Ban Giám hiệu", "description": ""},
]
MEMBERS = [
    {"unit_name": "Ban Giám hiệu", "position": "Hiệu trưởng", "full_name": "Phạm Thị Ngọc Lan"},
    {"unit_name": "Tổ Toán - Tin", "position": "Tổ trưởng", "full_name": "Võ Minh Khoa"},
]


def leader(email="lan.thcschuvanan@ptdm.edu.vn", **extra):
    return {
        "full_name": "Phạm Thị Ngọc Lan",
        "position": "Hiệu trưởng",
        "phone": "0274 3822 908",
        "email": email,
        "duties": "Phụ trách chung.",
        "photo": "",
        **extra,
    }


def form_data(units=UNITS, members=MEMBERS, leaders=None, title="Giới thiệu"):
    return nested_form_data({
        "title": title,
        "slug": "gioi-thieu-moi",
        "intro": rich_text("<p>Trường THCS Chu Văn An, phường Phú Cường.</p>"),
        "functions": rich_text("<p>Tổ chức hoạt động giáo dục theo Điều lệ trường trung học.</p>"),
        "history": rich_text("<p>Thành lập năm 1985.</p>"),
        "body": streamfield([("heading", "Thành tích")]),
        "org_units": inline_formset(list(units)),
        "org_members": inline_formset(list(members)),
        "leaders": inline_formset(leaders if leaders is not None else [leader()]),
        "comments": inline_formset([]),
        "action-publish": "action-publish",
    })  # fmt: skip


def remove_section(portal):
    """Free the single "Giới thiệu" slot of the home page (max one per parent) and return the home page."""
    with tenant_context(portal):
        OrganizationPage.objects.all().delete()
        return HomePage.objects.get()


def post_new(client, home, data):
    return client.post(f"/admin/pages/add/organization/organizationpage/{home.pk}/", data)


def test_admin_creates_the_page_with_chart_and_leaders(school_a, superuser_client):
    home = remove_section(school_a)
    nfd_name = unicodedata.normalize("NFD", "Tổ Ngữ văn")
    units = [*UNITS, {"name": nfd_name, "parent_name": "ban giam hieu", "description": ""}]
    response = post_new(superuser_client(school_a), home, form_data(units=units))
    assert response.status_code == 302, response.content.decode()[:3000]
    with tenant_context(school_a):
        page = OrganizationPage.objects.child_of(home).get()
        assert page.live
        assert [u.name for u in page.org_units.all()] == [
            "Hội đồng trường",
            "Ban Giám hiệu",
            "Tổ Toán - Tin",
            "Tổ Văn phòng",
            "Tổ Ngữ văn",
        ]
        assert unicodedata.is_normalized("NFC", page.org_units.last().name)
        assert page.org_members.count() == 2
        assert page.leaders.get().email == "lan.thcschuvanan@ptdm.edu.vn"


@pytest.mark.parametrize("email", ["hieutruong@gmail.com", "lan@yahoo.com.vn", "lan@hotmail.com", "lan@outlook.com"])
def test_admin_refuses_personal_mailboxes(school_a, superuser_client, email):
    home = remove_section(school_a)
    response = post_new(superuser_client(school_a), home, form_data(leaders=[leader(email=email)]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Không dùng hộp thư cá nhân" in html and "@ptdm.edu.vn" in html
    with tenant_context(school_a):
        assert not OrganizationPage.objects.exists()


def test_admin_refuses_a_cycle_and_an_unknown_unit(school_a, superuser_client):
    home = remove_section(school_a)
    units = [
        *UNITS[:2],
        {"name": "Tổ Toán - Tin", "parent_name": "Tổ Văn phòng", "description": ""},
        {"name": "Tổ Văn phòng", "parent_name": "Tổ Toán - Tin", "description": ""},
    ]
    members = [*MEMBERS, {"unit_name": "Tổ Hóa", "position": "Tổ trưởng", "full_name": "Lê Văn Sơn"}]
    response = post_new(superuser_client(school_a), home, form_data(units=units, members=members))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Quan hệ trực thuộc tạo thành vòng lặp: Tổ Toán - Tin → Tổ Văn phòng → Tổ Toán - Tin." in html
    assert "Không có đơn vị “Tổ Hóa” trong sơ đồ tổ chức." in html
    with tenant_context(school_a):
        assert not OrganizationPage.objects.exists()


@pytest.mark.parametrize("email", ["hieutruong@gmail.com", "a@mail.yahoo.com", "x@live.com", "x@example.com"])
def test_model_clean_refuses_unofficial_mailboxes(school_a, email):
    with tenant_context(school_a):
        page = OrganizationPage.objects.get()
        contact = LeaderContact(page=page, full_name="Lê Văn Dũng", position="Phó Hiệu trưởng", email=email)
        with pytest.raises(ValidationError) as error:
            contact.full_clean()
        assert "email" in error.value.message_dict
        assert "ptdm.edu.vn" in error.value.message_dict["email"][0]
        for allowed in ("dung.thphuhoa1@ptdm.edu.vn", "vanthu@sgdbinhduong.edu.vn", "bo@moet.edu.vn"):
            LeaderContact(page=page, full_name="Lê Văn Dũng", position="Phó Hiệu trưởng", email=allowed).full_clean()


def populate(portal, unit_prefix=""):
    with tenant_context(portal):
        page = OrganizationPage.objects.get()
        page.org_units = [
            OrgUnit(
                name=unit_prefix + u["name"],
                parent_name=u["parent_name"] and unit_prefix + u["parent_name"],
                description=u["description"],
            )
            for u in UNITS
        ]
        page.org_members = [
            OrgMember(unit_name=unit_prefix + m["unit_name"], position=m["position"], full_name=m["full_name"])
            for m in MEMBERS
        ]
        page.leaders = [LeaderContact(**{k: v for k, v in leader().items() if k != "photo"})]
        page.full_clean()
        page.save_revision().publish()
        return page


def test_page_renders_the_chart_as_nested_lists_and_contacts_as_links(school_a, portal_client):
    populate(school_a)
    response = portal_client(school_a).get("/gioi-thieu/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Giới thiệu</h1>" in html
    assert "/static/css/organization.css" in html
    assert '<ul class="org-tree">' in html and html.count('<ul class="org-branch">') == 2
    assert '<h3 class="org-name">Hội đồng trường</h3>' in html
    assert '<h4 class="org-name">Ban Giám hiệu</h4>' in html
    assert '<h5 class="org-name">Tổ Toán - Tin</h5>' in html
    tree = html.split('<ul class="org-tree">', 1)[1]
    assert tree.index("Hội đồng trường") < tree.index('<ul class="org-branch">') < tree.index("Ban Giám hiệu")
    assert '<span class="org-position">Tổ trưởng:</span> Võ Minh Khoa' in html
    assert 'href="tel:02743822908"' in html
    assert 'href="mailto:lan.thcschuvanan@ptdm.edu.vn"' in html
    assert "Thành lập" not in html  # nothing from the admin test leaks in
    assert "Điều lệ" not in html or "Chức năng" in html


def test_each_school_sees_only_its_own_chart(school_a, school_b, portal_client):
    populate(school_a, unit_prefix="CVA ")
    populate(school_b, unit_prefix="HS ")
    html_a = portal_client(school_a).get("/gioi-thieu/").content.decode()
    html_b = portal_client(school_b).get("/gioi-thieu/").content.decode()
    assert "CVA Ban Giám hiệu" in html_a and "HS Ban Giám hiệu" not in html_a
    assert "HS Ban Giám hiệu" in html_b and "CVA Ban Giám hiệu" not in html_b
    with tenant_context(school_b):
        assert not OrgUnit.objects.filter(name__startswith="CVA").exists()


def test_search_text_covers_the_chart_and_the_leaders(school_a):
    page = populate(school_a)
    with tenant_context(school_a):
        text = OrganizationPage.objects.get(pk=page.pk).get_search_text()
    assert "Tổ Toán - Tin" in text and "Tổ trưởng Võ Minh Khoa" in text
    assert "Hiệu trưởng Phạm Thị Ngọc Lan. Phụ trách chung." in text and "<p>" not in text
