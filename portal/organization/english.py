"""English summary of a portal (NĐ 42/2022/NĐ-CP: structure and contacts in English).

Generated from the Vietnamese data (the registry, the portal's contact settings, the organization
page's units and leaders) on every request, so it never falls behind and nobody types it twice.
Names of people and places keep their spelling without tone marks, as Vietnamese names are written
in English; positions and unit kinds are translated from a table; what the table does not know is
shown in Vietnamese, marked as such, rather than guessed.
"""

from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_safe
from wagtail.models import Site

from portal.core.models import PortalSettings
from portal.organization.models import OrganizationPage
from portal.organization.tree import build_tree
from portal.text import fold, nfc

# School kinds of the registry's levels ("Trường THCS Chu Văn An" -> "Chu Van An Lower Secondary School").
LEVEL_NAMES = {
    "nt": "Nursery School",
    "mg": "Kindergarten",
    "mn": "Kindergarten",
    "th": "Primary School",
    "thcs": "Lower Secondary School",
    "ththcs": "Primary and Lower Secondary School",
}
# Prefixes of school names, longest first, removed before the proper name.
SCHOOL_PREFIXES = [
    "trường tiểu học - trung học cơ sở",
    "trường tiểu học và trung học cơ sở",
    "trường th - thcs",
    "trường th&thcs",
    "trường trung học cơ sở",
    "trường tiểu học",
    "trường mầm non",
    "trường mẫu giáo",
    "trường thcs",
    "trường th",
    "trường mn",
    "trường mg",
    "nhà trẻ",
]
# Positions, matched on the lower-cased Vietnamese text, most specific first.
POSITIONS = [
    ("phó hiệu trưởng", "Vice Principal"),
    ("hiệu trưởng", "Principal"),
    ("phó trưởng phòng", "Deputy Head of the Bureau"),
    ("trưởng phòng", "Head of the Bureau"),
    ("phó giám đốc", "Deputy Director"),
    ("giám đốc", "Director"),
    ("chủ tịch công đoàn", "Chair of the Trade Union"),
    ("bí thư chi bộ", "Secretary of the Party Cell"),
    ("bí thư đoàn", "Secretary of the Youth Union"),
    ("tổng phụ trách đội", "Young Pioneers Leader"),
    ("tổ phó", "Deputy Head of Group"),
    ("tổ trưởng", "Head of Group"),
    ("trưởng ban", "Head of Board"),
    ("kế toán", "Accountant"),
    ("văn thư", "Clerk"),
    ("thủ quỹ", "Treasurer"),
    ("y tế", "School Nurse"),
    ("thư viện", "Librarian"),
    ("chuyên viên", "Officer"),
    ("giáo viên", "Teacher"),
    ("nhân viên", "Staff"),
]
UNIT_KINDS = [
    ("ban giám hiệu", "Board of Principals"),
    ("ban lãnh đạo", "Leadership"),
    ("lãnh đạo phòng", "Leadership"),
    ("hội đồng trường", "School Council"),
    ("chi bộ", "Party Cell"),
    ("công đoàn", "Trade Union"),
    ("chi đoàn", "Youth Union"),
    ("liên đội", "Young Pioneers"),
    ("tổ văn phòng", "Office"),
    ("tổ chuyên môn", "Subject Group"),
    ("tổ", "Group"),
    ("bộ phận", "Section"),
    ("phòng", "Office"),
]


def _lower(text):
    return " ".join(nfc(text or "").casefold().split())


def translate(text, table):
    """(English, True) from ``table`` for the Vietnamese ``text``, else (``text``, False)."""
    lowered = _lower(text)
    for vietnamese, english in table:
        if lowered.startswith(vietnamese):
            return english, True
    return text, False


def english_name(portal):
    """The portal's name in English, built from the registry's name and level."""
    name = nfc(portal.name).strip()
    lowered = _lower(name)
    if portal.is_district:
        place = name
        for prefix in ("phòng giáo dục và đào tạo", "phòng gd&đt", "phòng gdđt"):
            if lowered.startswith(prefix):
                place = name[len(prefix) :].strip()
        for kind, english in (("thành phố", "City"), ("thị xã", "Town"), ("quận", "District"), ("huyện", "District")):
            if _lower(place).startswith(kind):
                return f"{fold(place[len(kind) :].strip())} {english} Bureau of Education and Training"
        return f"Bureau of Education and Training of {fold(place)}"
    proper = name
    for prefix in SCHOOL_PREFIXES:
        if lowered.startswith(prefix):
            proper = name[len(prefix) :].strip(" -")
            break
    kind = LEVEL_NAMES.get(portal.level, "School")
    return f"{fold(proper)} {kind}"


def summary(portal, portal_settings, organization):
    """Everything the English page shows, as plain data (tested without rendering)."""
    leaders = []
    units = []
    if organization is not None:
        for leader in organization.leaders.all():
            position, known = translate(leader.position, POSITIONS)
            leaders.append(
                {
                    "name": fold(leader.full_name),
                    "position": position,
                    "translated": known,
                    "phone": leader.phone,
                    "email": leader.email,
                }
            )
        for node in build_tree(organization.org_units.all(), organization.org_members.all()):
            units.extend(_units(node, 0))
    ps = portal_settings
    return {
        "name": english_name(portal),
        "vietnamese_name": (ps.unit_name if ps else "") or portal.name,
        "supervisor": (ps.supervisor_name if ps else "") or "",
        "address": fold((ps.address if ps else "") or portal.address),
        "phone": (ps.phone if ps else "") or portal.phone,
        "email": (ps.email if ps else "") or portal.email,
        "leaders": leaders,
        "units": units,
    }


def _units(node, depth):
    kind, known = translate(node.name, UNIT_KINDS)
    members = []
    for member in node.members:
        position, translated = translate(member.position, POSITIONS)
        members.append({"name": fold(member.full_name), "position": position, "translated": translated})
    rows = [{"name": node.name, "kind": kind if known else "", "depth": depth, "members": members}]
    for child in node.children:
        rows.extend(_units(child, depth + 1))
    return rows


@require_safe
def english_summary_view(request):
    portal = getattr(request, "tenant", None)
    site = Site.find_for_request(request)
    if portal is None or site is None:
        raise Http404("No portal answers on this address.")
    organization = OrganizationPage.objects.live().public().descendant_of(site.root_page).first()
    data = summary(portal, PortalSettings.for_request(request), organization)
    return render(request, "organization/english_summary.html", {"summary": data, "organization": organization})
