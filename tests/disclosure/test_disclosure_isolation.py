"""Two schools: pages, attachments and compliance snapshots stay with their own portal."""

import datetime

from django_tenants.utils import schema_context, tenant_context

from disclosure.models import DisclosureAttachment, DisclosureItemPage
from tenants.models import PortalSnapshot
from tests.disclosure.disclosure_helpers import make_document, make_year, publish_item

D = datetime.date


def test_two_schools(school_a, school_b, portal_client, django_capture_on_commit_callbacks):
    with tenant_context(school_a), django_capture_on_commit_callbacks(execute=True):
        document = make_document("Quyết định thành lập trường")
        year = make_year("2025-2026")
        publish_item(year, "tt09-4-2", D(2025, 6, 20), attachments=[DisclosureAttachment(document=document)])
        draft_document = make_document("Bản nháp", name="ban-nhap.pdf")
    with tenant_context(school_b), django_capture_on_commit_callbacks(execute=True):
        make_year("2025-2026")

    own, other = portal_client(school_a), portal_client(school_b)
    assert own.get("/cong-khai/2025-2026/to-chuc-bo-may/").status_code == 200
    assert other.get("/cong-khai/2025-2026/to-chuc-bo-may/").status_code == 404
    url = document.url
    assert own.get(url).status_code == 200
    assert other.get(url).status_code == 404
    # a file attached to an item that is not published is not served (portal.core.privacy, owner pages)
    with tenant_context(school_a):
        draft = DisclosureItemPage(title="Miễn, giảm", slug="mien-giam", item_code="tt09-5-3", live=False)
        draft.attachments = [DisclosureAttachment(document=draft_document)]
        year.add_child(instance=draft)
    assert own.get(draft_document.url).status_code == 404

    with schema_context("public"):
        snapshots = {s.portal.schema_name: s.data for s in PortalSnapshot.objects.filter(key="disclosure")}
    a_items = {i["code"]: i for i in snapshots[school_a.schema_name]["years"][0]["items"]}
    b_items = {i["code"]: i for i in snapshots[school_b.schema_name]["years"][0]["items"]}
    assert a_items["tt09-4-2"]["state"] == "on_time" and a_items["tt09-4-2"]["published"] == "2025-06-20"
    assert a_items["tt09-4-2"]["due"] == "2025-06-30"
    assert b_items["tt09-7-2"]["state"] == "overdue"  # the preschool's own catalogue
    assert "tt09-6-1" not in a_items and "tt09-8-1" not in b_items
    assert snapshots[school_b.schema_name]["counts"]["on_time"] == 0
