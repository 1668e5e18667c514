"""Admin menu and URLs for district staff managing schools."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from tenants import views


class SchoolsMenuItem(MenuItem):
    def is_shown(self, request):
        return views.can_manage_schools(request)


@hooks.register("register_admin_urls")
def register_school_urls():
    return [
        path("truong-hoc/", views.school_index, name="tenants_school_index"),
        path("truong-hoc/them/", views.school_create, name="tenants_school_create"),
        path("truong-hoc/<int:pk>/", views.school_edit, name="tenants_school_edit"),
        path("truong-hoc/<int:pk>/trang-thai/", views.school_toggle_active, name="tenants_school_toggle"),
    ]


@hooks.register("register_admin_menu_item")
def register_schools_menu_item():
    return SchoolsMenuItem("Trường học", reverse("tenants_school_index"), icon_name="site", order=150)
