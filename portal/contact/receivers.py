"""Every portal gets "Gửi thư liên hệ" under its "Liên hệ - Hỏi đáp" section; the board's head reads messages.

Created in the template on ``scaffold_portal`` (clones inherit it) and at ``setup_portals``; idempotent.
"""

from django.contrib.auth.models import Group, Permission
from django.dispatch import receiver

from portal.contact.models import ContactPage
from portal.core.models import HomePage
from portal.core.scaffold import section_root
from tenants.signals import scaffold_portal

TITLE = "Gửi thư liên hệ"
SLUG = "gui-thu-lien-he"
INTRO = "<p>Chọn bộ phận cần liên hệ và để lại thư điện tử hoặc số điện thoại để đơn vị trả lời.</p>"
READERS = ["Moderators", "Ban Biên tập - Trưởng ban (duyệt tin)"]
PERMISSIONS = ["view_contactmessage", "change_contactmessage"]


def ensure_contact_page():
    home = HomePage.objects.first()
    if home is None or ContactPage.objects.exists():
        return None
    parent = section_root(home, "lien-he") or home
    page = ContactPage(title=TITLE, slug=SLUG, intro=INTRO, show_in_menus=False)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def ensure_permissions():
    permissions = Permission.objects.filter(content_type__app_label="contact", codename__in=PERMISSIONS)
    for group in Group.objects.filter(name__in=READERS):
        group.permissions.add(*permissions)


@receiver(scaffold_portal, dispatch_uid="contact_scaffold")
def scaffold_contact(sender, portal, **kwargs):
    ensure_contact_page()
    ensure_permissions()
