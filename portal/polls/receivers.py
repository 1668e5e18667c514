"""Every portal gets its "Thăm dò ý kiến" page (created in the template, inherited by clones; idempotent);
a poll published, unpublished or deleted drops the cached home box."""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from portal.core.models import HomePage
from portal.polls.home import forget
from portal.polls.models import PollIndexPage, PollPage
from tenants.signals import scaffold_portal

TITLE = "Thăm dò ý kiến"
SLUG = "tham-do-y-kien"
INTRO = "<p>Ý kiến của phụ huynh, học sinh và người dân giúp đơn vị làm tốt hơn. Bình chọn không cần tài khoản.</p>"


def ensure_polls_page():
    home = HomePage.objects.first()
    if home is None or PollIndexPage.objects.exists():
        return None
    page = PollIndexPage(title=TITLE, slug=SLUG, intro=INTRO, show_in_menus=False)
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


@receiver(scaffold_portal, dispatch_uid="polls_scaffold")
def scaffold_polls(sender, portal, **kwargs):
    ensure_polls_page()


@receiver(page_published, sender=PollPage, dispatch_uid="polls_published")
@receiver(page_unpublished, sender=PollPage, dispatch_uid="polls_unpublished")
@receiver(post_delete, sender=PollPage, dispatch_uid="polls_deleted")
def poll_changed(sender, **kwargs):
    forget()
