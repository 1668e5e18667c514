from portal.gallery.models.albums import AlbumPage, AlbumPhoto, GalleryIndexPage
from portal.gallery.models.videos import VideoPage

__all__ = ["AlbumPage", "AlbumPhoto", "GalleryIndexPage", "VideoPage"]
