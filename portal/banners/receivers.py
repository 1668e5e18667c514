"""Every portal gets its "Hệ thống thông tin ngành" page; saving or deleting a banner drops the cached home boxes."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from portal.banners.home import forget
from portal.banners.models import Banner, LinksHubPage
from portal.core.models import HomePage
from tenants.signals import scaffold_portal

TITLE = "Hệ thống thông tin ngành"
SLUG = "he-thong-thong-tin-nganh"
INTRO = "<p>Các hệ thống thông tin của ngành Giáo dục mà đơn vị sử dụng.</p>"


def ensure_hub_page():
    home = HomePage.objects.first()
    if home is None or LinksHubPage.objects.exists():
        return None
    page = LinksHubPage(title=TITLE, slug=SLUG, intro=INTRO, show_in_menus=False)
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


@receiver(scaffold_portal, dispatch_uid="banners_scaffold")
def scaffold_hub(sender, portal, **kwargs):
    ensure_hub_page()


@receiver(post_save, sender=Banner, dispatch_uid="banners_saved")
@receiver(post_delete, sender=Banner, dispatch_uid="banners_deleted")
def banner_changed(sender, **kwargs):
    forget()
