"""The district's admin edits the yearly table of swapped days off and make-up Saturdays.

Only on the supervising body's portal, for the people who manage schools there (``tenants.change_portal``,
group "Quản lý cơ sở giáo dục") and superusers: the table is one for every portal of the install.
"""

from django.db import connection
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from portal.workdays.models import DayAdjustment


def can_edit_calendar(user):
    tenant = getattr(connection, "tenant", None)
    if not getattr(tenant, "is_district", False) or not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.has_perm("tenants.change_portal")


class DistrictCalendarPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return can_edit_calendar(user)

    def user_has_any_permission(self, user, actions):
        return can_edit_calendar(user)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission(actions).none()


class DayAdjustmentViewSet(ModelViewSet):
    model = DayAdjustment
    icon = "date"
    menu_label = "Lịch nghỉ bù, làm bù"
    menu_order = 160
    add_to_admin_menu = True
    url_prefix = "lich-nghi-bu"
    list_display = ["date", "kind", "name", "basis"]
    form_fields = ["date", "kind", "name", "basis"]
    search_fields = None


register_permission_policy(DayAdjustment, DistrictCalendarPolicy(DayAdjustment))


@hooks.register("register_admin_viewset")
def register_day_adjustments():
    return DayAdjustmentViewSet("workday_adjustments")
