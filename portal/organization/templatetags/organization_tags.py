"""``{% contact_box %}``: the unit's and its head's telephone and mailbox where a parent looks first.

Used on the home page (under the welcome) and on the "Liên hệ - Hỏi đáp" section; the leaders come
from the published "Giới thiệu" page, in the order its editors set (the head first by default).
"""

import re

from django import template

from portal.organization.mailboxes import unit_mailbox, with_official_emails
from portal.organization.models import LeaderContact

register = template.Library()


def tel_href(phone):
    return "tel:" + re.sub(r"[^0-9+]", "", phone or "")


@register.inclusion_tag("organization/includes/contact_box.html", takes_context=True)
def contact_box(context, leaders=1, heading="Liên hệ", heading_id="lien-he-nhanh", full=False):
    """The first ``leaders`` leaders' contacts; the office's too when ``full`` or when no leader has any.

    The home page shows only the head (the footer already carries the office's contact);
    "Liên hệ - Hỏi đáp" shows everything (``full=True``).
    """
    # One query: the leaders with their (published, unrestricted) "Giới thiệu" page for the link.
    people = list(
        LeaderContact.objects.filter(page__live=True, page__view_restrictions__isnull=True)
        .select_related("page")
        .order_by("page__path", "sort_order", "pk")[:leaders]
    )
    about = people[0].page if people else None
    ps = context["settings"]["core"]["PortalSettings"]
    portal = context.get("current_portal")
    boxes = with_official_emails(people, portal)
    shown = [leader for leader in people if leader.phone or leader.email]
    return {
        "heading": heading,
        "heading_id": heading_id,
        "leaders": shown,
        "office": full or not shown,
        "about": about,
        "unit_name": ps.unit_name or (portal.name if portal else ""),
        "address": ps.address,
        "phone": ps.phone,
        "phone_href": tel_href(ps.phone),
        "email": ps.email or unit_mailbox(boxes),
        "full": full,
        # "Liên hệ - Hỏi đáp" lists every approved mailbox the public may see (letter IV.2: published).
        "mailboxes": boxes if full else [],
    }
