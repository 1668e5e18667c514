"""Admin menu entries and URLs of the monitoring screens, and the worker's jobs.

District: "Giám sát các trường" (dashboard, a school's page, score rules, annual report, report requests).
School: "Báo cáo theo yêu cầu" (answer the district's requests).
"""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from monitoring import tasks
from monitoring.views import access, annual, dashboard, requests, rules
from portal.core.hooks import PERIODIC_TASK, PeriodicTask

district_urls = [
    path("", dashboard.dashboard, name="monitoring_dashboard"),
    path("truong/<int:pk>/", dashboard.school, name="monitoring_school"),
    path("quy-tac/", rules.rules, name="monitoring_rules"),
    path("danh-gia/", annual.download, name="monitoring_annual"),
    path("bao-cao/", requests.index, name="monitoring_requests"),
    path("bao-cao/them/", requests.create, name="monitoring_request_create"),
    path("bao-cao/<int:pk>/", requests.detail, name="monitoring_request"),
    path("bao-cao/<int:pk>/tat-ca.zip", requests.download_all, name="monitoring_request_zip"),
]

school_urls = [
    path("", requests.school_index, name="monitoring_school_requests"),
    path("<int:pk>/", requests.school_answer, name="monitoring_school_request"),
    path("<int:pk>/mau/", requests.template_file, name="monitoring_request_template"),
    path("tep/<int:pk>/", requests.answer_file, name="monitoring_answer_file"),
]


class DistrictMenuItem(MenuItem):
    def is_shown(self, request):
        return access.is_district_staff(request)


@hooks.register("register_admin_urls")
def register_monitoring_urls():
    return [path("giam-sat/", include(district_urls)), path("bao-cao-theo-yeu-cau/", include(school_urls))]


@hooks.register("register_admin_menu_item")
def register_monitoring_menu_item():
    return DistrictMenuItem(
        "Giám sát các trường", reverse("monitoring_dashboard"), name="giam-sat", icon_name="view", order=145
    )


class SchoolMenuItem(MenuItem):
    def is_shown(self, request):
        return access.is_school_reporter(request)


@hooks.register("register_admin_menu_item")
def register_school_reports_menu_item():
    return SchoolMenuItem(
        "Báo cáo theo yêu cầu", reverse("monitoring_school_requests"), name="bao-cao", icon_name="doc-full", order=165
    )


@hooks.register(PERIODIC_TASK)
def monitoring_tasks():
    return [
        PeriodicTask("monitoring.refresh", 60 * 60, tasks.refresh_all),
        PeriodicTask("monitoring.reminders", 60 * 60, tasks.send_reminders),
    ]
