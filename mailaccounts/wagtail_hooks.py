"""Admin menu and URLs of the mail-accounts screens, and the published mailboxes hook.

One menu entry "Thư điện tử công vụ": in a school it opens the school's own list, in the district
the review of every school's lists. ``portal_official_mailboxes`` gives the organization app the
approved addresses each portal publishes (``portal.core.hooks``).
"""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.sidebar import LinkMenuItem

from mailaccounts.models import MailAccount
from mailaccounts.views import district, school
from portal.core.hooks import OFFICIAL_MAILBOXES, OfficialMailbox

school_urls = [
    path("", school.index, name="mailaccounts_school_index"),
    path("them/", school.create, name="mailaccounts_school_create"),
    path("<int:pk>/", school.edit, name="mailaccounts_school_edit"),
    path("<int:pk>/xoa/", school.delete, name="mailaccounts_school_delete"),
    path("gui-duyet/", school.submit, name="mailaccounts_school_submit"),
    path("mau-dang-ky.docx", school.annex, name="mailaccounts_school_annex"),
    path("danh-sach.xlsx", school.spreadsheet, name="mailaccounts_school_xlsx"),
    path("nhat-ky/", school.history, name="mailaccounts_school_history"),
    path("quy-che/", school.regulations, name="mailaccounts_school_regulations"),
    path("quy-che/<slug:slug>.docx", school.draft, name="mailaccounts_school_draft"),
]

district_urls = [
    path("", district.review, name="mailaccounts_district_review"),
    path("<int:pk>/quyet-dinh/", district.decide, name="mailaccounts_district_decide"),
    path("<int:pk>/nhat-ky/", district.history, name="mailaccounts_district_history"),
    path("cau-hinh/", district.service, name="mailaccounts_district_service"),
    path("cap-mat-khau/", district.issue_passwords, name="mailaccounts_district_passwords"),
    path("xuat/tai-khoan.csv", district.export_csv, name="mailaccounts_district_csv"),
    path("xuat/postfix-virtual-mailboxes", district.export_postfix, name="mailaccounts_district_postfix"),
    path("xuat/dovecot-passwd", district.export_dovecot, name="mailaccounts_district_dovecot"),
    path("quy-che/", district.regulations, name="mailaccounts_district_regulations"),
]


class MailMenuItem(MenuItem):
    def is_shown(self, request):
        return school.can_register(request) or district.can_review(request)

    def render_component(self, request):
        # The same entry leads to the school's list or to the district's review, by portal kind (menu items
        # are shared by every request: the URL is chosen here, never stored on the item).
        name = "mailaccounts_district_review" if request.tenant.is_district else "mailaccounts_school_index"
        return LinkMenuItem(
            self.name, self.label, reverse(name), icon_name=self.icon_name, classname=self.classname, attrs=self.attrs
        )


@hooks.register("register_admin_urls")
def register_mail_urls():
    return [
        path("thu-dien-tu/", include(school_urls)),
        path("thu-dien-tu-cac-truong/", include(district_urls)),
    ]


@hooks.register("register_admin_menu_item")
def register_mail_menu_item():
    return MailMenuItem(
        "Thư điện tử công vụ", reverse("mailaccounts_school_index"), name="thu-dien-tu", icon_name="mail", order=160
    )


@hooks.register(OFFICIAL_MAILBOXES)
def published_mailboxes(portal):
    """Approved school, position and leadership mailboxes of ``portal``, school's own first."""
    accounts = MailAccount.objects.filter(portal_id=portal.pk, status=MailAccount.Status.APPROVED)
    order = {MailAccount.Kind.UNIT: 0, MailAccount.Kind.POSITION: 1, MailAccount.Kind.STAFF: 2}
    shown = sorted((a for a in accounts if a.is_published), key=lambda a: (order[a.kind], a.sort_order, a.pk))
    return [OfficialMailbox(a.address, a.position, a.full_name, a.kind) for a in shown]
