"""The public list of official addresses (letter IV.2: published so citizens can write to them).

At a school: its approved mailboxes the public may see. At the district: every active school's, in
one query on the public schema, each school linked through the registry (``Portal.absolute_url``).
"""

from itertools import groupby

from django.template.response import TemplateResponse

from mailaccounts.models import MailAccount
from tenants.models import Portal


def directory(request):
    portal = request.tenant
    accounts = MailAccount.objects.filter(status=MailAccount.Status.APPROVED, portal__is_active=True)
    if portal.is_district:
        accounts = accounts.filter(portal__kind=Portal.Kind.SCHOOL)
    else:
        accounts = accounts.filter(portal=portal)
    order = {MailAccount.Kind.UNIT: 0, MailAccount.Kind.POSITION: 1, MailAccount.Kind.STAFF: 2}
    shown = sorted(
        (a for a in accounts.select_related("portal").prefetch_related("portal__domains") if a.is_published),
        key=lambda a: (a.portal.level, a.portal.name, order[a.kind], a.sort_order, a.pk),
    )
    groups = []
    for school, items in groupby(shown, key=lambda a: a.portal):
        school.link = school.public_url(request)
        groups.append((school, list(items)))
    context = {"groups": groups, "is_district": portal.is_district, "page_title": "Hộp thư công vụ"}
    response = TemplateResponse(request, "mailaccounts/official_directory.html", context)
    return response
