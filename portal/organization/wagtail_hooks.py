"""The "Giới thiệu" section is this app's organization page; its leaders' contacts open the home page;
the leadership's work schedule is kept here ("Lịch công tác")."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.core.hooks import HOME_BOX, PORTAL_SECTION, HomeBox
from portal.organization.models import ScheduleEntry


class ScheduleEntryViewSet(SnippetViewSet):
    """ "Lịch công tác" in the admin menu: entries newest week first, filterable by date."""

    model = ScheduleEntry
    icon = "date"
    menu_label = "Lịch công tác"
    menu_name = "work-schedule"
    add_to_admin_menu = True
    menu_order = 240
    list_display = ["date", "start_time", "content", "participants", "location"]
    list_filter = {"date": ["gte", "lte"]}
    search_fields = ["content", "participants", "location"]
    ordering = ["-date", "start_time"]


register_snippet(ScheduleEntryViewSet)


@hooks.register(PORTAL_SECTION)
def claim_introduction_section():
    return {"gioi-thieu": "organization.OrganizationPage"}


@hooks.register(HOME_BOX)
def contact_box(page, request):
    """The head's phone and mailbox right under the welcome, where a parent looks first (issue 22)."""
    return HomeBox("organization/includes/home_contact.html", order=50)
