"""Every portal gets its "Lịch công tác" page under "Giới thiệu", and its editorial board may keep it.

Runs on ``scaffold_portal`` (the template, so clones inherit it, and every portal at ``setup_portals``
after a deploy); idempotent.
"""

from django.contrib.auth.models import Group, Permission
from django.dispatch import receiver

from portal.core.scaffold import GROUP_NAMES
from portal.organization.models import OrganizationPage, WorkSchedulePage
from tenants.signals import scaffold_portal

SCHEDULE_TITLE = "Lịch công tác"
SCHEDULE_SLUG = "lich-cong-tac"
SCHEDULE_INTRO = "<p>Lịch công tác hằng tuần của lãnh đạo đơn vị.</p>"
SCHEDULE_PERMISSIONS = ["add_scheduleentry", "change_scheduleentry", "delete_scheduleentry", "view_scheduleentry"]


def ensure_schedule_page():
    organization = OrganizationPage.objects.first()
    if organization is None or WorkSchedulePage.objects.exists():
        return None
    page = WorkSchedulePage(title=SCHEDULE_TITLE, slug=SCHEDULE_SLUG, intro=SCHEDULE_INTRO, show_in_menus=False)
    organization.add_child(instance=page)
    page.save_revision().publish()
    return page


def ensure_schedule_permissions():
    """The board head and the editors keep the schedule (the secretary types it)."""
    permissions = Permission.objects.filter(content_type__app_label="organization", codename__in=SCHEDULE_PERMISSIONS)
    for group in Group.objects.filter(name__in=[*GROUP_NAMES, *GROUP_NAMES.values()]):
        group.permissions.add(*permissions)


@receiver(scaffold_portal, dispatch_uid="organization_schedule_scaffold")
def scaffold_schedule(sender, portal, **kwargs):
    ensure_schedule_page()
    ensure_schedule_permissions()
