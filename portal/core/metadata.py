"""Metadata of every published page: Dublin Core tags and schema.org JSON-LD.

TT 24/2011/TT-BTTTT asks state portals to describe published information with title, creator,
date, description, issuing agency and identifier; ``<meta name="DC.*">`` tags carry them.
schema.org JSON-LD (the organization on the home page, articles, events, legal documents) lets
search engines and the national portals read the same facts. Page types describe themselves
through ``BasePage.get_metadata`` and ``get_structured_data``; this module adds the portal's
defaults so no template repeats them.
"""

import datetime
import json

from django.utils.html import escape
from django.utils.safestring import mark_safe

DC_ORDER = ("title", "creator", "publisher", "date", "modified", "description", "identifier", "type", "language")
DC_NAMES = {"modified": "DCTERMS.modified"}


def _iso(value):
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value or "")


def unit_name(portal_settings, portal):
    return (portal_settings.unit_name if portal_settings else "") or portal.name


def organization(portal_settings, portal, request=None):
    """The portal as a schema.org organization: a school or the supervising body."""
    kind = "GovernmentOrganization" if portal.is_district else "EducationalOrganization"
    # The portal's own address as this request reached it (an old domain was already redirected to the
    # primary one): the registry's domains would cost a query on every page.
    url = request.build_absolute_uri("/") if request is not None else portal.public_url()
    data = {"@type": kind, "name": unit_name(portal_settings, portal), "url": url}
    if portal_settings is not None:
        if portal_settings.address:
            address = portal_settings.address
            data["address"] = {"@type": "PostalAddress", "streetAddress": address, "addressCountry": "VN"}
        if portal_settings.phone:
            data["telephone"] = portal_settings.phone
        if portal_settings.email:
            data["email"] = portal_settings.email
        if portal_settings.supervisor_name:
            data["parentOrganization"] = {"@type": "GovernmentOrganization", "name": portal_settings.supervisor_name}
    return data


def article(page, publisher, *, date, description):
    """A schema.org Article of ``page`` (news items, notices, topic articles add to it)."""
    return {
        "@type": "Article",
        "headline": page.title[:110],
        "datePublished": date,
        "dateModified": page.last_published_at or date,
        "description": description,
        "inLanguage": "vi",
        "url": page.full_url,
        "publisher": publisher,
        "author": publisher,
    }


def dublin_core(page, portal_settings, portal, request=None):
    """[(meta name, content)] for the page, with the portal's defaults filled in."""
    fields = dict(page.get_metadata())
    unit = unit_name(portal_settings, portal)
    fields["creator"] = fields.get("creator") or unit
    fields["publisher"] = unit
    fields["identifier"] = fields.get("identifier") or page.get_full_url(request)
    fields["language"] = "vi"
    pairs = []
    for key in DC_ORDER:
        value = fields.get(key)
        if key in ("date", "modified"):
            value = _iso(value)
        if value:
            pairs.append((DC_NAMES.get(key, f"DC.{key}"), str(value)))
    return pairs


def json_ld(data):
    """``data`` as a JSON-LD script element, escaped so no text can close the element early.

    A data block (``application/ld+json``) is not executed, so the public CSP (scripts from 'self'
    only) does not apply to it.
    """
    text = json.dumps({"@context": "https://schema.org", **data}, ensure_ascii=False, default=_iso)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308 - escaped above


def head_tags(page, portal_settings, portal, request=None):
    """The DC meta tags and, where the page type has one, its JSON-LD: one block for ``<head>``."""
    pairs = dublin_core(page, portal_settings, portal, request)
    lines = [f'<meta name="{name}" content="{escape(value)}">' for name, value in pairs]
    publisher = organization(portal_settings, portal, request)
    data = page.get_structured_data(publisher)
    if data:
        lines.append(json_ld(data))
    return mark_safe("\n  ".join(lines))  # noqa: S308 - every value escaped
