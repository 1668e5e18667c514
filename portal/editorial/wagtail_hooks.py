"""Admin entries of the board (approval queue, audit log), the board on "Giới thiệu", the worker's jobs."""

import io

from django.core.management import call_command
from django.urls import path, reverse
from django_tenants.utils import tenant_context
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from portal.core.hooks import ORGANIZATION_BOX, PERIODIC_TASK, HomeBox, PeriodicTask
from portal.editorial import twofactor_views, views
from portal.editorial.district_accounts import DISTRICT_ACCOUNT_ACTION
from portal.editorial.models import EditorialBoard
from portal.editorial.projection import refresh_all
from portal.editorial.roles import is_head
from portal.editorial.twofactor import RESET_ACTION


@hooks.register("register_admin_urls")
def editorial_admin_urls():
    return [
        path("ban-bien-tap/cho-duyet/", views.pending_view, name="editorial_pending"),
        path("xac-thuc-hai-lop/", twofactor_views.setup_view, name="editorial_2fa_setup"),
        path("xac-thuc-hai-lop/ma/", twofactor_views.verify_view, name="editorial_2fa_verify"),
        path("xac-thuc-hai-lop/nguoi-dung/", twofactor_views.users_view, name="editorial_2fa_users"),
        path(
            "xac-thuc-hai-lop/nguoi-dung/<int:user_id>/dat-lai/",
            twofactor_views.reset_view,
            name="editorial_2fa_reset",
        ),
    ]


class HeadMenuItem(MenuItem):
    def is_shown(self, request):
        return is_head(request.user)


editorial_menu = Menu(register_hook_name="register_editorial_menu_item", construct_hook_name=None)


@hooks.register("register_editorial_menu_item")
def pending_menu_item():
    return HeadMenuItem("Tin bài chờ duyệt", reverse("editorial_pending"), icon_name="tasks", order=100)


@hooks.register("register_editorial_menu_item")
def history_menu_item():
    return HeadMenuItem(
        "Nhật ký thay đổi", reverse("wagtailadmin_reports:site_history"), icon_name="history", order=200
    )


class ResetMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("editorial.reset_two_factor")


@hooks.register("register_editorial_menu_item")
def two_factor_menu_item():
    return MenuItem("Xác thực hai lớp của tôi", reverse("editorial_2fa_setup"), icon_name="key", order=300)


@hooks.register("register_editorial_menu_item")
def two_factor_users_menu_item():
    return ResetMenuItem("Xác thực hai lớp của người dùng", reverse("editorial_2fa_users"), icon_name="key", order=400)


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(RESET_ACTION, "Đặt lại xác thực hai lớp", "Đã đặt lại xác thực hai lớp")
    actions.register_action(
        DISTRICT_ACCOUNT_ACTION,
        "Cấp tài khoản cho cán bộ Phòng GD&ĐT",
        "Đã cấp tài khoản cho cán bộ Phòng GD&ĐT",
    )


@hooks.register("register_admin_menu_item")
def editorial_submenu():
    return SubmenuMenuItem("Ban Biên tập", editorial_menu, icon_name="group", name="ban-bien-tap", order=250)


@hooks.register(ORGANIZATION_BOX)
def board_box(page, request):
    """The board on "Giới thiệu" once its decision and members are recorded."""
    board = EditorialBoard.load()
    members = list(board.members.all())
    if not members:
        return None
    context = {"board": board, "members": members, "anchor": "ban-bien-tap", "heading": "Ban Biên tập"}
    return HomeBox("editorial/includes/board_box.html", order=100, context=context)


def publish_scheduled_everywhere():
    """Scheduled publishing and expiry in every portal: Wagtail's command, inside each schema."""
    from tenants.models import Portal

    for portal in Portal.objects.filter(is_active=True).exclude(kind=Portal.Kind.TEMPLATE):
        with tenant_context(portal):
            call_command("publish_scheduled", stdout=io.StringIO())


@hooks.register(PERIODIC_TASK)
def editorial_tasks():
    return [
        PeriodicTask("editorial.publish_scheduled", 60, publish_scheduled_everywhere),
        PeriodicTask("editorial.snapshot", 15 * 60, refresh_all),
    ]
