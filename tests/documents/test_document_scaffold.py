"""Every portal's mandated section "van-ban" is the registry; new portals get default issuing bodies."""

from django_tenants.utils import tenant_context

from documents.models import DocumentIndexPage, IssuingBody
from portal.core.models import HomePage, SectionPage
from tenants.provisioning import provision_portal


def test_document_section_of_a_newly_provisioned_school_is_a_document_index(db, portal_client):
    school = provision_portal("Trường Tiểu học Định Hòa", level="th")
    with tenant_context(school):
        home = HomePage.objects.get()
        section = DocumentIndexPage.objects.child_of(home).get()
        assert (section.section_key, section.slug, section.title) == ("van-ban", "van-ban", "Văn bản chỉ đạo, quy định")
        assert section.live
        assert not SectionPage.objects.filter(section_key="van-ban").exists()
        names = set(IssuingBody.objects.values_list("name", flat=True))
        assert {"Quốc hội", "Chính phủ", "Bộ Giáo dục và Đào tạo", "Trường Tiểu học Định Hòa"} <= names
    html = portal_client(school).get("/van-ban/").content.decode()
    assert "<h1>Văn bản chỉ đạo, quy định</h1>" in html and "Chuyên mục đang được cập nhật." in html


def test_district_unit_issues_with_its_code(district):
    with tenant_context(district):
        own = IssuingBody.objects.get(name=district.name)
        assert own.code == "PGDĐT"
        assert IssuingBody.for_issuer_code("PGDĐT") == own
        assert IssuingBody.for_issuer_code("QH15").name == "Quốc hội"


def test_every_portal_gets_the_usual_issuers_of_education_offices_and_schools(school_b):
    from tenants.provisioning import scaffold

    usual = {
        "Quốc hội",
        "Chính phủ",
        "Thủ tướng Chính phủ",
        "Bộ Giáo dục và Đào tạo",
        "Ủy ban nhân dân tỉnh Bình Dương",
        "Sở Giáo dục và Đào tạo tỉnh Bình Dương",
        "Ủy ban nhân dân thành phố Thủ Dầu Một",
        "Phòng Giáo dục và Đào tạo thành phố Thủ Dầu Một",
        "Ủy ban nhân dân phường (xã)",
        school_b.name,
    }
    with tenant_context(school_b):
        assert usual <= set(IssuingBody.objects.values_list("name", flat=True))
        assert IssuingBody.for_issuer_code("SGDĐT").name == "Sở Giáo dục và Đào tạo tỉnh Bình Dương"
        # A portal made before the list grew gets the missing ones from setup_portals (scaffold_portal).
        IssuingBody.objects.filter(code__in=["SGDĐT", "PGDĐT"]).delete()
    scaffold(school_b)
    with tenant_context(school_b):
        assert IssuingBody.objects.filter(code="PGDĐT").count() == 1
        assert IssuingBody.objects.filter(code="SGDĐT").count() == 1


def test_an_editor_adds_an_issuer_from_the_document_form(school_a, superuser_client):
    client = superuser_client(school_a)
    with tenant_context(school_a):
        index = DocumentIndexPage.objects.get()
    form = client.get(f"/admin/pages/add/documents/legaldocumentpage/{index.pk}/").content.decode()
    assert "/admin/snippets/choose/documents/issuingbody/" in form  # the issuer is a chooser, not a list
    chooser = client.get("/admin/snippets/choose/documents/issuingbody/").json()["html"]
    assert "Thêm mới" in chooser and "Sở Giáo dục và Đào tạo tỉnh Bình Dương" in chooser
    response = client.post(
        "/admin/snippets/choose/documents/issuingbody/create/",
        {"name": "Hội Khuyến học thành phố Thủ Dầu Một", "code": "HKH"},
    )
    data = response.json()
    assert data["step"] == "chosen" and data["result"]["string"] == "Hội Khuyến học thành phố Thủ Dầu Một"
    with tenant_context(school_a):
        assert IssuingBody.objects.get(pk=data["result"]["id"]).code == "HKH"
    refused = client.post("/admin/snippets/choose/documents/issuingbody/create/", {"name": "", "code": ""}).json()
    assert refused["step"] != "chosen"
