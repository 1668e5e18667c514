"""URLs of every portal; which schema answers is decided by the host (tenants.middleware)."""

from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import Sitemap
from wagtail.documents import urls as wagtaildocs_urls

from mailaccounts.views import public as mailaccounts_public
from portal.core import views as core_views
from portal.core.site_map import site_map_view
from portal.organization.english import english_summary_view
from portal.personal_data import views as personal_data_views

# A database outage answers the Vietnamese 503 page, other errors Django's 500 (portal.core.outage).
handler500 = "portal.core.outage.server_error"

urlpatterns = [
    # Wagtail's Sites admin is closed to every portal user: the platform owns hostname and port.
    re_path(r"^admin/sites/", core_views.sites_admin_closed),
    path("admin/", include(wagtailadmin_urls)),
    # Every file goes through its owner's privacy (portal.core.privacy): documents by id or by storage path.
    path("documents/<int:document_id>/<path:document_filename>", core_views.serve_document, name="wagtaildocs_serve"),
    path("documents/", include(wagtaildocs_urls)),
    path("media/<str:schema>/<path:path>", core_views.tenant_media, name="tenant_media"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": Sitemap}}, name="sitemap"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("so-do-cong/", site_map_view, name="site_map"),
    path("en/", english_summary_view, name="english_summary"),
    path("tim-kiem/", include("portal.search.urls")),
    path("rss/", include("portal.feeds.urls")),
    # Approved official addresses (letter IV.2): the school's own, or every school's at the district.
    path("hop-thu-cong-vu/", mailaccounts_public.directory, name="mailaccounts_directory"),
    # What personal data the portal holds (generated register) and a parent's request (Law 91/2025).
    path("du-lieu-ca-nhan/", personal_data_views.register_view, name="personal_data_register"),
    path("du-lieu-ca-nhan/yeu-cau/", personal_data_views.request_view, name="personal_data_request"),
    # Old addresses of an imported NukeViet site: 301 to the imported pages, else Wagtail (nukeviet_import).
    path("", include("nukeviet_import.urls")),
    path("", include(wagtail_urls)),
]
