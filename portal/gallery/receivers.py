"""Scaffolding and cache invalidation of the gallery.

Every portal gets its "Thư viện ảnh - Video" page in the menu (created in the template on
``scaffold_portal``, inherited by clones; idempotent). Publishing, unpublishing or deleting an album or a
video drops the cached home box (``portal.gallery.home``).
"""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from portal.core.models import HomePage
from portal.gallery.home import forget
from portal.gallery.models import AlbumPage, GalleryIndexPage, VideoPage
from tenants.signals import scaffold_portal

TITLE = "Thư viện ảnh - Video"
SLUG = "thu-vien-anh"
INTRO = "<p>Hình ảnh và video về các hoạt động của đơn vị.</p>"


def ensure_gallery_page():
    home = HomePage.objects.first()
    if home is None or GalleryIndexPage.objects.exists():
        return None
    page = GalleryIndexPage(title=TITLE, slug=SLUG, intro=INTRO, show_in_menus=True)
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


@receiver(scaffold_portal, dispatch_uid="gallery_scaffold")
def scaffold_gallery(sender, portal, **kwargs):
    ensure_gallery_page()


def _forget_home_box(sender, **kwargs):
    forget()


for _model in (AlbumPage, VideoPage):
    page_published.connect(_forget_home_box, sender=_model, dispatch_uid=f"gallery_published_{_model.__name__}")
    page_unpublished.connect(_forget_home_box, sender=_model, dispatch_uid=f"gallery_unpublished_{_model.__name__}")
    post_delete.connect(_forget_home_box, sender=_model, dispatch_uid=f"gallery_deleted_{_model.__name__}")
