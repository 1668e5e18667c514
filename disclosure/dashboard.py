"""The editors' dashboard panel "Công khai: việc đến hạn": what is due or overdue, with a link to fix it.

It reads the live pages (what the public and the district see): a draft does not count as published.
Years under Thông tư 09/2024 only: archives are not judged on today's rule.
"""

from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

from disclosure.catalogue import TT09
from disclosure.deadlines import State
from disclosure.models import DisclosureIndexPage, DisclosureYearPage
from disclosure.status import year_statuses
from portal.workdays.calendar import WorkingCalendar

SHOWN = 15


def due_rows(today=None):
    """``[{year, status, obligation, edit_url, add_url}]`` for every due or overdue obligation, overdue first."""
    today = today or timezone.localdate()
    calendar = WorkingCalendar.load()
    rows = []
    index = DisclosureIndexPage.objects.first()
    if index is None:
        return rows
    for year in DisclosureYearPage.objects.child_of(index).filter(regulation=TT09).order_by("-school_year"):
        for status in year_statuses(year, list(year.item_pages()), today, calendar):
            for due in status.problems:
                rows.append({
                    "year": year,
                    "status": status,
                    "obligation": due,
                    "edit_url": reverse("wagtailadmin_pages:edit", args=[status.page.pk]) if status.page else "",
                    "add_url": reverse("wagtailadmin_pages:add", args=["disclosure", "disclosureitempage", year.pk]),
                })  # fmt: skip
    rows.sort(key=lambda row: (row["obligation"].state != State.OVERDUE, row["obligation"].due))
    return rows


class DisclosureDuePanel(Component):
    name = "disclosure_due"
    template_name = "disclosure/admin/due_panel.html"
    order = 60

    def __init__(self, rows):
        self.rows = rows

    def get_context_data(self, parent_context):
        overdue = sum(1 for row in self.rows if row["obligation"].state == State.OVERDUE)
        return {"rows": self.rows[:SHOWN], "more": max(0, len(self.rows) - SHOWN), "overdue": overdue,
                "due": len(self.rows) - overdue}  # fmt: skip
