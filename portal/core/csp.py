"""Content-Security-Policy on every answer (django-csp 4), with a looser policy for the Wagtail admin.

Why two policies: our own templates have no inline script or style (scripts are static files), so the
public policy allows only this origin. Wagtail's admin still writes inline ``<script>`` (inline panels,
date pickers) and ``style`` attributes, so under ``/admin/`` scripts and styles may also be inline; every
other directive (objects, frames, forms, base URI, ancestors) is as strict as on public pages.

Inline PDFs are left without a policy: a CSP does not stop JavaScript inside PDFs and some built-in
viewers break under one (``documents.serving``); other files set their own ``default-src 'none'``.
"""

from csp.middleware import CSPMiddleware
from django.conf import settings

ADMIN_PREFIXES = ("/admin/",)


class PortalCSPMiddleware(CSPMiddleware):
    def process_response(self, request, response):
        if response.get("Content-Type", "").startswith("application/pdf"):
            return response
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and request.path_info.startswith(ADMIN_PREFIXES):
            parts.config = settings.PORTAL_ADMIN_CSP_DIRECTIVES
        return parts
