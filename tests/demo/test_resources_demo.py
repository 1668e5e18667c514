"""The resources seeder: the district library and school resources, believable and idempotent."""

import random

from django_tenants.utils import tenant_context
from wagtail.documents.models import Document
from wagtail.models import Revision

from demo.portals import DISTRICT, SCHOOLS
from demo.resources import seed_resources
from portal.resources.models import ResourcePage
from tenants.models import PublishedItem


def state():
    return (
        sorted(
            ResourcePage.objects.values_list(
                "slug", "resource_type", "subject", "grade", "document_id", "external_url", "live"
            )
        ),
        Document.objects.count(),
        Revision.objects.count(),
    )


def test_seed_is_believable_and_idempotent(
    district, school_a, school_b, portal_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        for portal, demo in ((district, DISTRICT), (school_a, SCHOOLS[2]), (school_b, SCHOOLS[0])):
            with tenant_context(portal):
                seed_resources(portal, demo, random.Random(1))
                first = state()
                seed_resources(portal, demo, random.Random(2))
                assert state() == first
                assert first[0] and all(row[6] for row in first[0])
                # Every resource has exactly one of a file and a link.
                assert all(bool(row[4]) != bool(row[5]) for row in first[0])
    with tenant_context(district):
        types = set(ResourcePage.objects.values_list("resource_type", flat=True))
    assert types == {"hoc_lieu", "e_learning", "sach_dien_tu", "phan_mem"}
    assert PublishedItem.objects.filter(kind="resource", portal=district).count() == 7
    assert not PublishedItem.objects.filter(kind="resource", portal__kind="school").exists()
    html = portal_client(school_b).get("/tai-nguyen-so/").content.decode()
    assert "Bài hát, trò chơi âm nhạc cho trẻ 4-5 tuổi" in html  # its own (mầm non)
    assert "Phần mềm GeoGebra – vẽ đồ thị và hình học động" in html  # the district's
    with tenant_context(school_a):
        page = ResourcePage.objects.get(slug="de-cuong-on-tap-ngu-van-9-hoc-ki-1")
        url = page.document.url
    response = portal_client(school_a).get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content if response.streaming else [response.content])[:2] == b"PK"
