"""The admin speaks the portal's name and Vietnamese: title, "Root", the labelled "add page" button.

- The browser tab reads "… - <portal name>" instead of "… - Wagtail" (``wagtailadmin/admin_base.html``).
- The tree root's and root collection's "Root" are renamed by the scaffold (``portal.core.scaffold``).
- Wagtail draws "Thêm trang con" as a bare "+" in the explorer header; ``admin.css`` shows its label.
"""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_global_admin_css")
def portal_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))
