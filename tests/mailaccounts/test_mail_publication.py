"""Approved addresses appear by themselves on the school's pages and on the district's list."""

from django_tenants.utils import tenant_context

from mailaccounts import workflow
from portal.organization.models import LeaderContact, OrganizationPage
from tests.mailaccounts.mailaccounts_helpers import DISTRICT_ACTOR, SCHOOL_ACTOR, approve_all, register


def publish_leaders_without_email(portal):
    with tenant_context(portal):
        page = OrganizationPage.objects.get()
        page.leaders = [
            LeaderContact(sort_order=0, position="Hiệu trưởng", full_name="Phạm Thị Ngọc Lan", phone="0274 3822 908"),
            LeaderContact(sort_order=1, position="Phó Hiệu trưởng", full_name="Trần Thu Hà"),
        ]
        page.save_revision().publish()


def test_contact_and_about_pages_show_approved_addresses(school_a, portal_client):
    publish_leaders_without_email(school_a)
    register(school_a)
    workflow.create_entry(
        school_a, SCHOOL_ACTOR, {"kind": "position", "position": "Văn thư", "full_name": "Lê Văn Thư"}
    )
    client = portal_client(school_a)
    before = client.get("/lien-he/").content.decode()
    assert "lanptn.thcschuvanan@ptdm.edu.vn" not in before  # drafts are not published
    approve_all(school_a)
    contact = client.get("/lien-he/").content.decode()
    assert 'href="mailto:lanptn.thcschuvanan@ptdm.edu.vn"' in contact  # the principal's, by name
    assert 'href="mailto:hatt.thcschuvanan@ptdm.edu.vn"' in contact
    assert "vanthu.thcschuvanan@ptdm.edu.vn" in contact  # a position mailbox
    assert "tuyetnta.thcschuvanan@ptdm.edu.vn" not in contact  # a teacher's own address is not published
    about = client.get("/gioi-thieu/").content.decode()
    assert 'href="mailto:lanptn.thcschuvanan@ptdm.edu.vn"' in about
    home = client.get("/").content.decode()
    assert 'href="mailto:lanptn.thcschuvanan@ptdm.edu.vn"' in home.split('id="lien-he-nhanh"', 1)[1]


def test_a_closed_mailbox_leaves_the_pages(school_a, portal_client):
    publish_leaders_without_email(school_a)
    lan, *_ = register(school_a)
    approve_all(school_a)
    workflow.decide(lan, workflow.Action.CLOSED, DISTRICT_ACTOR, reason="Nghỉ hưu")
    assert "lanptn.thcschuvanan" not in portal_client(school_a).get("/lien-he/").content.decode()


def test_directory_of_a_school_and_of_the_district(district, school_a, school_b, portal_client):
    register(school_a)
    workflow.create_entry(school_a, SCHOOL_ACTOR, {"kind": "unit", "position": "Văn phòng trường"})
    register(school_b, [{"full_name": "Lê Thị Hoa", "position": "Hiệu trưởng"}])
    approve_all(school_a)
    approve_all(school_b)
    own = portal_client(school_a).get("/hop-thu-cong-vu/").content.decode()
    assert "thcschuvanan@ptdm.edu.vn" in own and "lanptn.thcschuvanan@ptdm.edu.vn" in own
    assert "hoalt.mnhoasen" not in own  # only its own
    listing = portal_client(district).get("/hop-thu-cong-vu/").content.decode()
    assert listing.index("Trường Mầm non Hoa Sen") < listing.index("hoalt.mnhoasen@ptdm.edu.vn")
    assert "mailto:thcschuvanan@ptdm.edu.vn" in listing and "tuyetnta" not in listing
    assert 'href="http://mnhoasentdm.edu.vn/"' in listing  # link from the registry, not from a Site
