"""Issue 14 items 1-2: an editor's change goes live only after the head approves, per school.

The groups are each portal's own (each portal is a schema); scheduled publishing and expiry run
in every portal from the worker; the head sees what waits and who changed what.
"""

from datetime import timedelta

from admin_form import form_fields
from django.contrib.auth.models import Group
from django.utils import timezone
from django_tenants.utils import tenant_context
from editorial_helpers import board, draft_page, logged_in
from wagtail.models import Page

from portal.core.models import SectionPage
from portal.core.scaffold import ADMIN_GROUP
from portal.editorial.roles import EDITOR_GROUP, HEAD_GROUP
from portal.editorial.wagtail_hooks import publish_scheduled_everywhere


def edit(client, page, action):
    url = f"/admin/pages/{page.pk}/edit/"
    data = form_fields(client.get(url).content.decode())
    data["title"] = page.title + " (sửa)"
    data[action] = action
    return client.post(url, data)


def test_editor_cannot_publish_without_approval_and_the_head_can(school_a, portal_client):
    editor, head = board(school_a)
    page = draft_page(school_a, editor)
    editor_client = logged_in(portal_client, school_a, editor)
    edit(editor_client, page, "action-publish")
    with tenant_context(school_a):
        assert not SectionPage.objects.get(pk=page.pk).live
    edit(editor_client, page, "action-submit")
    with tenant_context(school_a):
        page = SectionPage.objects.get(pk=page.pk)
        assert not page.live and page.current_workflow_state is not None
    head_client = logged_in(portal_client, school_a, head)
    queue = head_client.get("/admin/ban-bien-tap/cho-duyet/").content.decode()
    assert page.title in queue and "dưới 1 ngày" in queue
    refused = editor_client.get("/admin/ban-bien-tap/cho-duyet/")  # Wagtail turns a 403 into a redirect
    assert refused.status_code == 302 and refused["Location"] == "/admin/"
    edit(head_client, page, "action-publish")
    with tenant_context(school_a):
        assert SectionPage.objects.get(pk=page.pk).live
    history = head_client.get("/admin/reports/site-history/").content.decode()
    assert "bientap1" in history and page.title in history


def test_a_schools_groups_and_accounts_do_not_reach_another_school(school_a, school_b, portal_client):
    editor, head = board(school_a)
    draft_page(school_a, editor, title="Tin riêng của trường A", slug="tin-rieng-a")
    client = logged_in(portal_client, school_a, head)
    assert client.get("/admin/").status_code == 200
    other = portal_client(school_b)
    other.cookies = client.cookies  # the same browser, on the other school's domain
    answer = other.get("/admin/ban-bien-tap/cho-duyet/")
    assert answer.status_code == 302 and "/admin/login/" in answer["Location"]
    with tenant_context(school_b):
        head_group = Group.objects.get(name=HEAD_GROUP)
        assert not head_group.user_set.filter(username="truongban1").exists()
        assert not Page.objects.filter(title="Tin riêng của trường A").exists()
    _, head_b = board(school_b)
    queue_b = logged_in(portal_client, school_b, head_b).get("/admin/ban-bien-tap/cho-duyet/").content.decode()
    assert "Không có trang nào chờ duyệt" in queue_b
    history_b = logged_in(portal_client, school_b, head_b).get("/admin/reports/site-history/").content.decode()
    assert "Tin riêng của trường A" not in history_b


def test_groups_hold_the_permissions_of_their_role(school_b):
    with tenant_context(school_b):
        editors, heads, admins = (Group.objects.get(name=n) for n in (EDITOR_GROUP, HEAD_GROUP, ADMIN_GROUP))
        assert not editors.page_permissions.filter(permission__codename="publish_page").exists()
        assert heads.page_permissions.filter(permission__codename="publish_page").exists()
        assert {"change_user", "change_portalsettings", "reset_two_factor"} <= set(
            admins.permissions.values_list("codename", flat=True)
        )
        assert not admins.page_permissions.exists()


def test_scheduled_publishing_and_expiry_run_in_every_portal(school_a, school_b):
    now = timezone.now()
    with tenant_context(school_a):
        from portal.core.models import HomePage

        home = HomePage.objects.get()
        later = SectionPage(title="Lịch thi học kỳ", slug="lich-thi", live=False)
        home.add_child(instance=later)
        later.go_live_at = now - timedelta(minutes=1)
        later.save_revision().publish()  # a future go-live keeps it a scheduled revision
        ending = SectionPage(title="Thông báo nghỉ Tết", slug="nghi-tet")
        home.add_child(instance=ending)
        ending.expire_at = now - timedelta(minutes=1)
        ending.save_revision().publish()
    with tenant_context(school_a):
        # publish() with a past go_live_at publishes at once: schedule it in the future, then move time
        later = SectionPage.objects.get(pk=later.pk)
        later.unpublish()
        later.go_live_at = now + timedelta(hours=1)
        revision = later.save_revision()
        revision.publish()
        assert not SectionPage.objects.get(pk=later.pk).live
        SectionPage.objects.filter(pk=later.pk).update(go_live_at=now - timedelta(minutes=1))
        revision.content["go_live_at"] = (now - timedelta(minutes=1)).isoformat()
        revision.approved_go_live_at = now - timedelta(minutes=1)
        revision.save()
    publish_scheduled_everywhere()
    with tenant_context(school_a):
        assert SectionPage.objects.get(pk=later.pk).live
        assert not SectionPage.objects.get(pk=ending.pk).live
        assert SectionPage.objects.get(pk=ending.pk).expired
