"""Rendition specs, shared by templates, Open Graph, the list queries and the district projection.

Why a module of its own: Wagtail keys renditions by the exact spec string, so every user must spell it
the same way; the page models and the list queries both need it, and neither may import the other.
"""

THUMBNAIL_SPEC = "fill-400x225|format-webp"
OG_IMAGE_SPEC = "width-1200|format-jpeg"
# Every spec a list thumbnail uses (templates/news/includes/thumbnail.html).
THUMBNAIL_SPECS = [THUMBNAIL_SPEC, "fill-800x450|format-webp"]
