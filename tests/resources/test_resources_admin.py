"""Resource pages and the resource index are created through a school's Wagtail admin; bad input is refused."""

import pytest
from django_tenants.utils import tenant_context
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text

from portal.core.models import HomePage
from portal.resources.models import ResourceIndexPage, ResourcePage
from portal.resources.models.resource import BOTH_MESSAGE, NEITHER_MESSAGE


def post_page(client, model, parent_id, data):
    url = f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent_id}/"
    return client.post(url, nested_form_data({**data, "action-publish": "action-publish"}))


def resource_data(**overrides):
    data = {
        "title": "Bài giảng e-learning Toán 6 – Phân số",
        "slug": "bai-giang-toan-6-phan-so",
        "resource_type": "e_learning",
        "subject": "toan",
        "grade": "lop_6",
        "description": "Bài giảng tương tác 25 phút, có câu hỏi củng cố cuối bài.",
        "document": "",
        "external_url": "",
        "author": "Tổ Toán – Tin",
        "licence": "CC BY 4.0",
    }
    data.update(overrides)
    return data


def index_id(portal):
    with tenant_context(portal):
        return ResourceIndexPage.objects.get().pk


def test_create_resource_with_a_link(school_a, superuser_client):
    client = superuser_client(school_a)
    response = post_page(
        client, ResourcePage, index_id(school_a), resource_data(external_url="https://www.geogebra.org/classic")
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    with tenant_context(school_a):
        page = ResourcePage.objects.get(slug="bai-giang-toan-6-phan-so")
        assert page.live and page.is_external
        assert page.search_key.startswith("bai giang e-learning toan 6")


def test_create_resource_with_a_file(school_a, superuser_client, make_document):
    client = superuser_client(school_a)
    with tenant_context(school_a):
        document = make_document("Bài giảng Phân số", "phan-so.pdf")
    response = post_page(client, ResourcePage, index_id(school_a), resource_data(document=str(document.pk)))
    assert response.status_code == 302, response.content.decode()[:3000]
    with tenant_context(school_a):
        page = ResourcePage.objects.get(slug="bai-giang-toan-6-phan-so")
        assert page.document_id == document.pk and not page.is_external


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({}, NEITHER_MESSAGE),
        ({"external_url": "ftp://thuvien.ptdm.edu.vn/toan6.zip"}, "http:// hoặc https://"),
        ({"external_url": "javascript:alert(1)"}, "http:// hoặc https://"),
        ({"external_url": "thu vien so"}, "http:// hoặc https://"),
    ],
)
def test_bad_resources_are_refused_with_vietnamese_errors(school_a, superuser_client, overrides, message):
    client = superuser_client(school_a)
    response = post_page(client, ResourcePage, index_id(school_a), resource_data(**overrides))
    assert response.status_code == 200
    assert message in response.content.decode()
    with tenant_context(school_a):
        assert not ResourcePage.objects.filter(slug="bai-giang-toan-6-phan-so").exists()


def test_file_and_link_together_are_refused(school_a, superuser_client, make_document):
    client = superuser_client(school_a)
    with tenant_context(school_a):
        document = make_document("Sách điện tử Tiếng Việt 3", "tieng-viet-3.pdf")
    response = post_page(
        client,
        ResourcePage,
        index_id(school_a),
        resource_data(document=str(document.pk), external_url="https://hanhtrangso.nxbgd.vn/"),
    )
    assert response.status_code == 200
    assert BOTH_MESSAGE in response.content.decode()


def test_create_resource_index_with_library_links(school_a, superuser_client):
    client = superuser_client(school_a)
    with tenant_context(school_a):
        home_id = HomePage.objects.get().pk
        Page.objects.get(pk=ResourceIndexPage.objects.get().pk).delete()  # the admin refuses: mandated section
    data = {
        "title": "Tài nguyên số",
        "slug": "tai-nguyen-so",
        "intro": rich_text("<p>Kho học liệu của trường.</p>"),
        "district_library_label": "Kho tài nguyên số của Phòng GD&ĐT",
        "district_library_url": "",
        "ministry_library_label": "Kho học liệu số ngành Giáo dục (Bộ GD&ĐT)",
        "ministry_library_url": "ftp://igiaoduc.vn/",
        "textbook_library_label": "",
        "textbook_library_url": "",
    }
    response = post_page(client, ResourceIndexPage, home_id, data)
    assert response.status_code == 200
    assert "http:// hoặc https://" in response.content.decode()
    response = post_page(client, ResourceIndexPage, home_id, {**data, "ministry_library_url": "https://igiaoduc.vn/"})
    assert response.status_code == 302, response.content.decode()[:3000]
    with tenant_context(school_a):
        index = ResourceIndexPage.objects.get()
        assert index.ministry_library_url == "https://igiaoduc.vn/" and index.textbook_library_url == ""


def test_resource_index_accepts_only_resources(school_a, superuser_client):
    client = superuser_client(school_a)
    response = client.get(f"/admin/pages/add/articles/legaleducationarticlepage/{index_id(school_a)}/")
    assert response.status_code in (302, 403)
    assert ResourcePage.parent_page_types == ["resources.ResourceIndexPage"]
    assert ResourcePage.subpage_types == []


def test_an_address_without_scheme_is_taken_as_https(school_a, superuser_client):
    client = superuser_client(school_a)
    data = resource_data(external_url="www.geogebra.org/classic")
    response = post_page(client, ResourcePage, index_id(school_a), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    with tenant_context(school_a):
        page = ResourcePage.objects.get(slug="bai-giang-toan-6-phan-so")
        assert page.external_url == "https://www.geogebra.org/classic"
        assert page.get_summary().startswith("Bài giảng tương tác 25 phút")
