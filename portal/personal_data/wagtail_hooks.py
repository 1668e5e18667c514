"""Admin of the privacy layer: requests (with their deadline), the access and erasure logs; the daily job.

https://docs.wagtail.org/en/stable/extending/generic_views.html
"""

from django.urls import path, reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from portal.core.hooks import PERIODIC_TASK, PeriodicTask
from portal.personal_data import admin_views
from portal.personal_data.access import logged
from portal.personal_data.models import AccessLog, ConsentRecord, DataSubjectRequest, ErasureLog
from portal.personal_data.retention import expire_everywhere


class HandleColumn(Column):
    def get_value(self, instance):
        return format_html('<a href="{}">Xử lý</a>', reverse("personal_data_handle", args=[instance.pk]))


class RequestViewSet(ModelViewSet):
    model = DataSubjectRequest
    edit_view_class = logged(generic.EditView)
    icon = "user"
    menu_label = "Yêu cầu của phụ huynh"
    add_view_enabled = False
    copy_view_enabled = False
    list_display = [
        "code",
        "kind",
        "child_name",
        "received_at",
        "due_date",
        "is_overdue",
        "status",
        HandleColumn("xu_ly", label=""),
    ]
    list_filter = ["status", "kind"]
    search_fields = ["code", "child_name", "requester_name", "contact"]
    panels = [
        HelpPanel(template="personal_data/admin/request_panel.html"),
        FieldPanel("status"),
        FieldPanel("answer"),
    ]


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Logs and consent records are evidence: listed and inspected, never added, edited or deleted by hand."""

    def user_has_permission(self, user, action):
        if action not in ("view", "inspect"):
            return False
        return super().user_has_permission(user, "view") or super().user_has_permission(user, "change")


for _model in (AccessLog, ErasureLog, ConsentRecord):
    register_permission_policy(_model, ReadOnlyPolicy(_model))


class ReadOnlyViewSet(ModelViewSet):
    inspect_view_enabled = True
    copy_view_enabled = False


class AccessLogViewSet(ReadOnlyViewSet):
    model = AccessLog
    icon = "history"
    menu_label = "Nhật ký truy cập"
    form_fields = ["what"]
    list_display = ["at", "username", "action", "what", "reference"]
    list_filter = ["action"]
    search_fields = ["username", "what", "reference"]


class ErasureLogViewSet(ReadOnlyViewSet):
    model = ErasureLog
    icon = "bin"
    menu_label = "Nhật ký xóa"
    form_fields = ["kind"]
    list_display = ["erased_at", "reference_code", "kind", "reason", "erased_by", "request_code"]
    list_filter = ["reason"]


class ConsentViewSet(ReadOnlyViewSet):
    model = ConsentRecord
    icon = "tick"
    menu_label = "Sự đồng ý"
    form_fields = ["kind"]
    list_display = ["reference_code", "kind", "parent_name", "parent_agreed_at", "child_agreed_at", "wording_version"]
    search_fields = ["reference_code", "parent_name"]


class PersonalDataGroup(ViewSetGroup):
    menu_label = "Dữ liệu cá nhân"
    menu_icon = "lock"
    menu_order = 340
    items = (
        RequestViewSet("yeu_cau_du_lieu", url_prefix="du-lieu-ca-nhan/yeu-cau"),
        ConsentViewSet("su_dong_y", url_prefix="du-lieu-ca-nhan/dong-y"),
        AccessLogViewSet("nhat_ky_truy_cap", url_prefix="du-lieu-ca-nhan/truy-cap"),
        ErasureLogViewSet("nhat_ky_xoa", url_prefix="du-lieu-ca-nhan/xoa"),
    )


@hooks.register("register_admin_viewset")
def register_personal_data():
    return PersonalDataGroup()


@hooks.register("register_admin_urls")
def personal_data_urls():
    return [
        path("du-lieu-ca-nhan/xu-ly/<int:pk>/", admin_views.handle_view, name="personal_data_handle"),
        path("du-lieu-ca-nhan/xu-ly/<int:pk>/xuat.json", admin_views.export_view, name="personal_data_export"),
        path("du-lieu-ca-nhan/xu-ly/<int:pk>/xoa/", admin_views.erase_view, name="personal_data_erase"),
    ]


@hooks.register(PERIODIC_TASK)
def personal_data_tasks():
    # Lists end and records expire with the date alone: once a day, every portal.
    return [PeriodicTask("personal_data.expire", 24 * 3600, expire_everywhere)]
