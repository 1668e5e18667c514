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
