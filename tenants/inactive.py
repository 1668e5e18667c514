"""The page a deactivated portal answers with (503): who runs it and whom to contact.

Why a page of its own: the school's schema is not routed while it is stopped, so the portal's own
templates (menus, settings) cannot render; the registry (public schema) has everything needed: the
school's name and its supervising body's contacts (the district portal's row).
"""

import re

from django.http import HttpResponse
from django.template.loader import render_to_string

from tenants.models import Portal

RETRY_AFTER_SECONDS = 3600


def supervisor_of(portal):
    """The registry's district portal (the supervising body), unless ``portal`` is that district."""
    if portal.is_district:
        return None
    return Portal.objects.filter(kind=Portal.Kind.DISTRICT, is_active=True).prefetch_related("domains").first()


def inactive_response(request, portal):
    supervisor = supervisor_of(portal)
    context = {
        "portal": portal,
        "supervisor": supervisor,
        "supervisor_tel": re.sub(r"[^\d+]", "", supervisor.phone) if supervisor else "",
        "supervisor_url": supervisor.public_url(request) if supervisor else "",
    }
    response = HttpResponse(render_to_string("tenants/portal_inactive.html", context), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
