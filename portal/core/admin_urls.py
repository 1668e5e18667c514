"""Each portal's admin links point to that portal: a per-portal ``get_admin_base_url``.

Why: Wagtail builds the links of its notification e-mails (workflow submitted, approved, rejected,
comments) from ``WAGTAILADMIN_BASE_URL``, one global setting. With one value for every portal, a school's
board head received links into the district's admin, where the page id means another page or nothing.
Wagtail has no per-site hook for this, so ``CoreConfig.ready`` installs :func:`admin_base_url` in place
of ``wagtail.admin.utils.get_admin_base_url`` in the modules that call it (checked by
tests/security/test_workflow_email_links.py, which fails if a Wagtail upgrade moves the calls).

The URL comes from the registry (``tenants.Portal``), never from the school's own ``Site`` record.
"""

import importlib

from django.conf import settings
from django.db import connection

from tenants.models import Portal

# Modules that imported get_admin_base_url by name (Wagtail 8.0).
PATCHED_MODULES = (
    "wagtail.admin.utils",
    "wagtail.admin.templatetags.wagtailadmin_tags",
    "wagtail.admin.userbar",
)


def admin_base_url():
    """Base URL of the admin of the portal whose schema is active; the global setting elsewhere."""
    portal = getattr(connection, "tenant", None)
    if isinstance(portal, Portal) and portal.kind != Portal.Kind.TEMPLATE:
        if settings.PORTAL_DEV_PORT:  # make run: the dev host answers, the official domain does not
            return f"http://{portal.dev_hostname}:{settings.PORTAL_DEV_PORT}"
        return portal.public_url().rstrip("/")
    return getattr(settings, "WAGTAILADMIN_BASE_URL", None)


def install():
    for name in PATCHED_MODULES:
        module = importlib.import_module(name)
        if not hasattr(module, "get_admin_base_url"):
            raise RuntimeError(f"{name} no longer has get_admin_base_url: review portal.core.admin_urls")
        module.get_admin_base_url = admin_base_url
