"""What the district sees of each portal's editorial work: a ``PortalSnapshot`` under ``editorial``.

Why a snapshot: the district dashboard (issue 14, the monitoring part) reads every school's board, its
approval queue and its two-factor coverage in one query, never entering the schools' schemas. The row is
keyed to the portal's "Giới thiệu" page (one per portal, where the board is shown; ``path`` links to it),
so the projection mechanism keeps it like every other row; it is rebuilt when the board is saved, on
every workflow event, and every 15 minutes by the worker (ages, 2FA coverage and the last publication
change without an event of their own).
No personal data beyond the board members' names and roles, which the organization page publishes.
"""

from datetime import date

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Page

from tenants import projections

KEY = "editorial"
# The school year starts in September (Điều lệ trường; the disclosure calendar uses the same).
SCHOOL_YEAR_START_MONTH = 9


def school_year_start(today):
    year = today.year if today.month >= SCHOOL_YEAR_START_MONTH else today.year - 1
    return date(year, SCHOOL_YEAR_START_MONTH, 1)


def two_factor_counts():
    """(accounts with a confirmed second factor, accounts that must have one, those of them without)."""
    from django_otp import devices_for_user

    from portal.editorial.roles import needs_two_factor

    users = list(get_user_model().objects.filter(is_active=True).prefetch_related("groups"))
    with_device = {user.pk for user in users if any(True for _ in devices_for_user(user, confirmed=True))}
    required = [user for user in users if needs_two_factor(user)]
    missing = [user for user in required if user.pk not in with_device]
    return len(with_device), len(required), len(missing)


def build(page):
    from portal.editorial.models import BoardMember, EditorialBoard
    from portal.editorial.queue import pending_approvals

    now = timezone.now()
    today = timezone.localdate()
    board = EditorialBoard.load()
    members = list(board.members.all())
    pending = pending_approvals(now)
    with_2fa, need_2fa, missing_2fa = two_factor_counts()
    last = Page.objects.live().filter(depth__gt=3).exclude(last_published_at=None).order_by("-last_published_at")
    last_published = last.values_list("last_published_at", flat=True).first()
    start = school_year_start(today)
    articles = Page.objects.live().filter(
        content_type__app_label="news", content_type__model="newsarticlepage", first_published_at__date__gte=start
    )
    by_role = {role: sum(1 for m in members if m.role == role) for role in BoardMember.Role.values}
    parts = page.get_url_parts()
    return {
        "path": parts[2] if parts else "",
        "board_recorded": board.is_recorded,
        "decision_number": board.decision_number,
        "decision_date": board.decision_date.isoformat() if board.decision_date else None,
        "members": [
            {"full_name": m.full_name, "position": m.position, "role": m.role, "role_label": m.get_role_display()}
            for m in members
        ],
        "members_by_role": by_role,
        "pending_approvals": len(pending),
        "oldest_pending_days": max((item.age_days for item in pending), default=None),
        "users_with_2fa": with_2fa,
        "users_needing_2fa": need_2fa,
        "users_needing_2fa_without": missing_2fa,
        "last_published_at": timezone.localtime(last_published).isoformat() if last_published else None,
        "school_year": f"{start.year}-{start.year + 1}",
        "articles_this_school_year": articles.count(),
        "as_of": now.isoformat(),
    }


EDITORIAL = projections.snapshot(KEY, build=build, page_models=("organization.OrganizationPage",))


def schedule_snapshot():
    """Rebuild the current portal's snapshot after the transaction commits."""
    page_ids = set()
    for model in EDITORIAL.models():
        page_ids |= set(model.objects.values_list("pk", flat=True))
    projections.schedule(EDITORIAL, page_ids)


def refresh_all():
    """Worker job: rebuild every active portal's snapshot (ages and last publication move with time)."""
    from tenants.models import Portal

    for portal in Portal.objects.filter(is_active=True).exclude(kind=Portal.Kind.TEMPLATE):
        projections.rebuild(portal, names=[KEY])
