"""Editing one leader keeps the order of the leadership (issue 22, item 3).

The admin edit form is read from its HTML and posted back as a browser would, with only the
vice-principal's phone and e-mail changed; the order is then checked in the admin and on the public page.
"""

import re

from admin_form import form_fields
from django_tenants.utils import tenant_context
from wagtail.test.utils.form_data import nested_form_data, streamfield

from portal.organization.models import LeaderContact, OrganizationPage
from portal.organization.models.contacts import leader_rank

LEADERS = [
    ("Hiệu trưởng", "Phạm Thị Ngọc Lan", "lan.thcschuvanan@ptdm.edu.vn"),
    ("Phó Hiệu trưởng", "Trần Thị Thu Hà", "ha.thcschuvanan@ptdm.edu.vn"),
    ("Phó Hiệu trưởng", "Lê Văn Minh", "minh.thcschuvanan@ptdm.edu.vn"),
]


def publish_leaders(portal, *, positions=True):
    """Publish the page with three leaders; ``positions=False`` stores them as code used to (NULL order)."""
    with tenant_context(portal):
        page = OrganizationPage.objects.get()
        page.leaders = [
            LeaderContact(position=p, full_name=n, email=e, phone="0274 3822 908", sort_order=i if positions else None)
            for i, (p, n, e) in enumerate(LEADERS)
        ]
        page.save_revision().publish()
        if not positions:
            LeaderContact.objects.filter(page=page).update(sort_order=None)
        return page.pk


def edit_one_deputy(client, page_pk):
    """Change only the phone and e-mail of the first vice-principal, as an editor does, and publish."""
    url = f"/admin/pages/{page_pk}/edit/"
    data = form_fields(client.get(url).content.decode())
    index = next(i for i in range(3) if data[f"leaders-{i}-full_name"] == "Trần Thị Thu Hà")
    data[f"leaders-{index}-phone"] = "0912 345 678"
    data[f"leaders-{index}-email"] = "thuha.thcschuvanan@ptdm.edu.vn"
    data.update(nested_form_data({"body": streamfield([])}))
    data["action-publish"] = "action-publish"
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return client.get(url).content.decode()


def admin_order(html):
    data = form_fields(html)
    rows = [i for i in range(int(data["leaders-TOTAL_FORMS"]))]
    return [data[f"leaders-{i}-full_name"] for i in sorted(rows, key=lambda i: int(data[f"leaders-{i}-ORDER"] or i))]


def public_order(client):
    html = client.get("/gioi-thieu/").content.decode()
    section = html[html.index('id="lanh-dao"') :]
    return re.findall(r'<h3 class="leader-name">([^<]+)</h3>', section)


def test_editing_a_deputys_contact_keeps_the_principal_first(school_a, superuser_client, portal_client):
    page_pk = publish_leaders(school_a)
    admin_html = edit_one_deputy(superuser_client(school_a), page_pk)
    names = [name for _, name, _ in LEADERS]
    assert admin_order(admin_html) == names
    assert public_order(portal_client(school_a)) == names
    with tenant_context(school_a):
        deputy = LeaderContact.objects.get(full_name="Trần Thị Thu Hà")
        assert (deputy.phone, deputy.email) == ("0912 345 678", "thuha.thcschuvanan@ptdm.edu.vn")


def test_rows_stored_without_order_keep_it_after_an_edit(school_a, superuser_client, portal_client):
    """Rows created by code (the demo, older versions) had no order: the edited one jumped to the top."""
    page_pk = publish_leaders(school_a, positions=False)
    admin_html = edit_one_deputy(superuser_client(school_a), page_pk)
    names = [name for _, name, _ in LEADERS]
    assert admin_order(admin_html) == names
    assert public_order(portal_client(school_a)) == names
    with tenant_context(school_a):
        orders = list(LeaderContact.objects.order_by("sort_order").values_list("full_name", "sort_order"))
    assert orders == [(name, index) for index, name in enumerate(names)]


def test_the_editor_can_put_a_deputy_first(school_a, superuser_client, portal_client):
    page_pk = publish_leaders(school_a)
    client = superuser_client(school_a)
    url = f"/admin/pages/{page_pk}/edit/"
    data = form_fields(client.get(url).content.decode())
    data.update(nested_form_data({"body": streamfield([])}))
    data.update({"leaders-0-ORDER": "2", "leaders-1-ORDER": "1", "action-publish": "action-publish"})
    assert client.post(url, data).status_code == 302
    assert public_order(portal_client(school_a))[:2] == ["Trần Thị Thu Hà", "Phạm Thị Ngọc Lan"]


def test_a_leader_added_by_code_without_order_is_placed_by_rank(school_a):
    publish_leaders(school_a)
    with tenant_context(school_a):
        page = OrganizationPage.objects.get()
        LeaderContact.objects.filter(position="Hiệu trưởng").delete()
        LeaderContact.objects.create(page=page, position="Hiệu trưởng", full_name="Nguyễn Văn Tâm")
        LeaderContact.objects.create(page=page, position="Kế toán", full_name="Đỗ Thị Hoa")
        names = list(LeaderContact.objects.filter(page=page).values_list("full_name", flat=True))
    assert names == ["Nguyễn Văn Tâm", "Trần Thị Thu Hà", "Lê Văn Minh", "Đỗ Thị Hoa"]


def test_leader_rank_puts_heads_before_deputies():
    titles = ["Phó Hiệu trưởng", "Kế toán", "Hiệu trưởng", "Phó Trưởng phòng", "Trưởng phòng"]
    assert sorted(titles, key=leader_rank) == [
        "Hiệu trưởng",
        "Trưởng phòng",
        "Phó Hiệu trưởng",
        "Phó Trưởng phòng",
        "Kế toán",
    ]
