"""Every school gets "Thời khóa biểu" and "Lịch thi - kiểm tra" under its home page (not the district).

Created in the template on ``scaffold_portal`` (clones inherit them) and in every school at
``setup_portals``; a district clone drops them on ``portal_provisioned`` (a district has no classes).
"""

from django.dispatch import receiver

from portal.core.models import HomePage
from portal.timetables.models import TimetablePage
from tenants.models import Portal
from tenants.signals import portal_provisioned, scaffold_portal

PAGES = [
    (
        TimetablePage.Kind.TIMETABLE,
        "Thời khóa biểu",
        "thoi-khoa-bieu",
        "<p>Thời khóa biểu theo lớp, tuần hiện tại trước.</p>",
    ),
    (
        TimetablePage.Kind.EXAMS,
        "Lịch thi - kiểm tra",
        "lich-thi-kiem-tra",
        "<p>Lịch thi, lịch kiểm tra định kỳ theo lớp.</p>",
    ),
]


def ensure_timetable_pages():
    home = HomePage.objects.first()
    if home is None:
        return []
    created = []
    for kind, title, slug, intro in PAGES:
        if TimetablePage.objects.filter(kind=kind).exists():
            continue
        page = TimetablePage(kind=kind, title=title, slug=slug, intro=intro, show_in_menus=False)
        home.add_child(instance=page)
        page.save_revision().publish()
        created.append(page)
    return created


@receiver(scaffold_portal, dispatch_uid="timetables_scaffold")
def scaffold_timetables(sender, portal, **kwargs):
    if portal.kind != Portal.Kind.DISTRICT:
        ensure_timetable_pages()


@receiver(portal_provisioned, dispatch_uid="timetables_district")
def district_has_no_timetables(sender, portal, **kwargs):
    if portal.kind == Portal.Kind.DISTRICT:
        for page in TimetablePage.objects.all():
            page.delete()
