"""Approving: a confirmation from the dashboard, one publish button in the editor, Vietnamese step names.

Issue 22 item 5. The board head and the editor are members of the portal's own groups, as in the demo.
"""

import re

import pytest
from admin_form import form_fields
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from django_tenants.utils import tenant_context
from wagtail.models import Task, Workflow
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from portal.core.scaffold import GROUP_NAMES, TASK_NAME, WORKFLOW_NAME
from portal.news.models import NewsArticlePage, NewsIndexPage

TITLE = "Học sinh trồng cây xanh"


def member(username, group):
    user = get_user_model().objects.create_user(username, f"{username}@ptdm.edu.vn", "MatKhau@2025")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def in_review(school_a, portal_client):
    """An article the editor submitted, and a client of the board head."""
    with tenant_context(school_a):
        editor = member("bientap1", GROUP_NAMES["Editors"])
        head = member("truongban1", GROUP_NAMES["Moderators"])
        index = NewsIndexPage.objects.get(section_key="tin-tuc")
        page = NewsArticlePage(title=TITLE, slug="trong-cay", date=timezone.localdate(), summary="Tóm tắt.", live=False)
        index.add_child(instance=page)
        page.save_revision(user=editor)
        page.get_workflow().start(page, editor)
        client = portal_client(school_a)
        client.force_login(head)
    return client, page


def test_the_workflow_and_its_step_are_named_in_vietnamese(school_a, school_b, district):
    for portal in (school_a, school_b, district):
        with tenant_context(portal):
            assert list(Workflow.objects.values_list("name", flat=True)) == [WORKFLOW_NAME]
            assert list(Task.objects.values_list("name", flat=True)) == [TASK_NAME]


def test_dashboard_approval_asks_for_confirmation(in_review, school_a):
    client, page = in_review
    dashboard = client.get("/admin/").content.decode()
    assert TITLE in dashboard
    buttons = re.findall(r"<button data-workflow-action-url=[^>]*>[^<]*</button>", dashboard)
    assert len(buttons) == 2, buttons
    assert all("data-launch-modal" in button for button in buttons), buttons
    assert [re.sub(r"<[^>]+>", "", b) for b in buttons] == ["Yêu cầu chỉnh sửa…", "Phê duyệt và xuất bản…"]
    url = re.search(r'data-workflow-action-url="([^"]+/approve/[^"]*)"', buttons[1]).group(1)
    dialog = client.get(url, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert dialog.status_code == 200
    with tenant_context(school_a):
        assert not NewsArticlePage.objects.get(pk=page.pk).live  # nothing published before the confirmation


def test_editor_of_a_page_under_review_shows_one_way_to_publish(in_review, school_a):
    client, page = in_review
    editing = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'name="action-publish"' not in editing
    assert "Phê duyệt và xuất bản" in editing
    with tenant_context(school_a):
        other = NewsArticlePage(title="Tin khác", slug="tin-khac", date=timezone.localdate(), summary="Tóm tắt.")
        NewsIndexPage.objects.get(section_key="tin-tuc").add_child(instance=other)
    assert 'name="action-publish"' in client.get(f"/admin/pages/{other.pk}/edit/").content.decode()


def test_the_head_fixes_a_typo_and_approves_without_an_overwrite_warning(in_review, school_a):
    client, page = in_review
    url = f"/admin/pages/{page.pk}/edit/"
    data = form_fields(client.get(url).content.decode())
    data["title"] = TITLE + " năm 2026"
    data.update(nested_form_data({"body": streamfield([("paragraph", rich_text("<p>Nội dung.</p>"))])}))
    data.update({"action-workflow-action": "true", "workflow-action-name": "approve"})
    response = client.post(url, data, follow=True)
    text = response.content.decode()
    assert "ghi đè" not in text
    with tenant_context(school_a):
        page = NewsArticlePage.objects.get(pk=page.pk)
        assert page.live and page.title == TITLE + " năm 2026"
        assert page.current_workflow_state is None
