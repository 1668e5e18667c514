"""Accounts of a portal's board, made inside the portal's schema, and a draft page to approve."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django_tenants.utils import tenant_context

from portal.core.models import HomePage, SectionPage
from portal.editorial.roles import EDITOR_GROUP, HEAD_GROUP

PASSWORD = "MatKhau@2025"  # nosec B105


def member(portal, username, group=None, **extra):
    with tenant_context(portal):
        user = get_user_model().objects.create_user(username, f"{username}@ptdm.edu.vn", PASSWORD, **extra)
        if group:
            user.groups.add(Group.objects.get(name=group))
        return user


def board(portal):
    """(editor, head) of ``portal``."""
    return member(portal, "bientap1", EDITOR_GROUP), member(portal, "truongban1", HEAD_GROUP)


def draft_page(portal, editor, title="Kế hoạch năm học 2026-2027", slug="ke-hoach-nam-hoc"):
    with tenant_context(portal):
        home = HomePage.objects.get()
        page = SectionPage(title=title, slug=slug, live=False, body="<p>Nội dung kế hoạch.</p>")
        home.add_child(instance=page)
        page.save_revision(user=editor)
        return page


def logged_in(portal_client, portal, user):
    client = portal_client(portal)
    with tenant_context(portal):
        client.force_login(user)
    return client
