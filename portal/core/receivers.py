"""Receivers of the ``tenants`` signals: the core's part of building a portal."""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Site

from portal.core.models import PortalSettings
from portal.core.outage import note_committed_row
from portal.core.scaffold import build_scaffold
from portal.core.validators import validate_official_email
from tenants.models import Portal
from tenants.signals import portal_provisioned, scaffold_portal

DISTRICT_MANAGERS_GROUP = "Quản lý cơ sở giáo dục (Phòng GD&ĐT)"


@receiver(scaffold_portal)
def scaffold_core(sender, portal, **kwargs):
    home = build_scaffold()
    if portal.kind != Portal.Kind.TEMPLATE:
        site = Site.objects.filter(root_page=home).first()
        if site is not None:
            pin_site(site, portal)
            site.save()


def pin_site(site, portal):
    """Hostname and port of the portal's Site come from the registry, never from the school.

    Wagtail builds full URLs (``get_full_url``, previews, sitemaps, e-mails) from the Site, so it is platform
    data: the Sites admin is closed to every portal user (``portal.core.wagtail_hooks``) and provisioning
    and ``setup_portals`` (after every deploy) rewrite it. Port 443 makes Wagtail write ``https://``.
    """
    site.hostname = portal.primary_hostname or portal.dev_hostname
    site.port = 443 if settings.PORTAL_URL_SCHEME == "https" else 80


@receiver(portal_provisioned)
def adapt_cloned_portal(sender, portal, **kwargs):
    """Point the cloned Site at this portal (docs/architecture.md, pitfall 2) and name its home page."""
    home = build_scaffold()
    if home.title != portal.name:
        home.title = portal.name
        home.save_revision().publish()
    site = Site.objects.get(root_page=home)
    pin_site(site, portal)
    site.site_name = portal.name
    site.is_default_site = True
    site.save()
    Site.objects.exclude(pk=site.pk).delete()
    settings_row = PortalSettings.for_site(site)
    settings_row.unit_name = portal.name
    settings_row.supervisor_name = settings_row.supervisor_name or portal.supervisor_name
    settings_row.address = settings_row.address or portal.address
    settings_row.phone = settings_row.phone or portal.phone
    if not settings_row.email and portal.email:
        try:
            validate_official_email(portal.email)
            settings_row.email = portal.email
        except Exception:  # an unofficial address is simply not published  # noqa: BLE001, S110  # nosec
            pass
    settings_row.save()
    if portal.kind == Portal.Kind.DISTRICT:
        group, _ = Group.objects.get_or_create(name=DISTRICT_MANAGERS_GROUP)
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="tenants", codename__in=["add_portal", "change_portal", "view_portal"]
            ),
            *Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin"),
        )


# A form whose row was committed just before PostgreSQL went away is told it was stored (portal.core.outage).
post_save.connect(note_committed_row, dispatch_uid="portal.core.outage.note_committed_row")
