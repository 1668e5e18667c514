"""The editorial app's part of building a portal, and what makes its district snapshot stale."""

from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import workflow_approved, workflow_cancelled, workflow_rejected, workflow_submitted

from portal.core.scaffold import ADMIN_GROUP
from portal.editorial.models import EditorialBoard
from portal.editorial.projection import schedule_snapshot
from portal.editorial.roles import HEAD_GROUP
from tenants.signals import scaffold_portal

# The board record: kept by the administrators and the head; only administrators reset a second factor.
GROUP_PERMISSIONS = {
    ADMIN_GROUP: ["change_editorialboard", "view_editorialboard", "reset_two_factor"],
    HEAD_GROUP: ["change_editorialboard", "view_editorialboard"],
}


def ensure_editorial_permissions():
    for group_name, codenames in GROUP_PERMISSIONS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is not None:
            group.permissions.add(
                *Permission.objects.filter(content_type__app_label="editorial", codename__in=codenames)
            )


@receiver(scaffold_portal, dispatch_uid="editorial_scaffold")
def scaffold_editorial(sender, portal, **kwargs):
    ensure_editorial_permissions()


def _stale(sender, **kwargs):
    schedule_snapshot()


for _signal in (workflow_submitted, workflow_approved, workflow_rejected, workflow_cancelled):
    _signal.connect(_stale, dispatch_uid=f"editorial_snapshot_{id(_signal)}")
post_save.connect(_stale, sender=EditorialBoard, dispatch_uid="editorial_snapshot_board")
