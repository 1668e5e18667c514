"""Hole 8 (e-mails): workflow e-mails of every school linked to the district's admin.

Wagtail writes the links of its notification e-mails from WAGTAILADMIN_BASE_URL, one global setting; an
editor of school A submitting a page made the board head of school A receive links into another portal.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django_tenants.utils import tenant_context

from portal.core.models import HomePage, SectionPage

pytestmark = pytest.mark.django_db


def submit_for_approval(portal):
    User = get_user_model()
    with tenant_context(portal):
        User.objects.create_superuser("truongban", "truongban@ptdm.edu.vn", "MatKhau@2025")
        editor = User.objects.create_superuser("bientap", "bientap@ptdm.edu.vn", "MatKhau@2025")
        home = HomePage.objects.get()
        page = SectionPage(title="Kế hoạch năm học", slug="ke-hoach-nam-hoc", live=False)
        home.add_child(instance=page)
        page.save_revision(user=editor)
        page.get_workflow().start(page, editor)
        return page


def links(message):
    bodies = [message.body] + [content for content, _ in getattr(message, "alternatives", [])]
    return set(re.findall(r"https?://[^\s\"'<>]+", "\n".join(bodies)))


@pytest.mark.parametrize("which", ["school_a", "school_b"])
def test_workflow_emails_link_to_the_schools_own_admin(which, request):
    portal = request.getfixturevalue(which)
    mail.outbox.clear()
    page = submit_for_approval(portal)
    received = [message for message in mail.outbox if "truongban@ptdm.edu.vn" in message.to]
    assert received, [message.subject for message in mail.outbox]
    found = set().union(*(links(message) for message in received))
    admin_links = {link for link in found if "/admin/" in link}
    assert admin_links, found
    for link in admin_links:
        assert link.startswith(f"http://{portal.primary_hostname}/admin/"), link
    assert any(f"/admin/pages/{page.pk}/" in link for link in admin_links)
    assert not any("tptdm" in link for link in found)


def test_the_district_keeps_its_own_admin_links(district):
    mail.outbox.clear()
    submit_for_approval(district)
    found = set().union(*(links(message) for message in mail.outbox))
    assert found and all(link.startswith("http://tptdm.edu.vn/") for link in found if "/admin/" in link)
