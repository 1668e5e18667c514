"""Who is who in a portal: the board's groups, and which accounts must log in with a second factor.

Item 8 of issue 14: two-factor login is *required* for the portal's superusers, the board head, the
administrators and (at the district) the staff who manage schools; every other editor may turn it on.
Roles are the portal's own groups (each portal is a schema: a group of school A means nothing in B).
"""

from django.db import connection

from portal.core.receivers import DISTRICT_MANAGERS_GROUP
from portal.core.scaffold import ADMIN_GROUP, GROUP_NAMES

HEAD_GROUP = GROUP_NAMES["Moderators"]
EDITOR_GROUP = GROUP_NAMES["Editors"]
# Groups whose members must use two-factor login (plus every superuser).
TWO_FACTOR_GROUPS = (HEAD_GROUP, ADMIN_GROUP, DISTRICT_MANAGERS_GROUP)


def _group_names(user):
    cached = getattr(user, "_portal_group_names", None)
    if cached is None:
        cached = set(user.groups.values_list("name", flat=True))
        user._portal_group_names = cached
    return cached


def needs_two_factor(user):
    """True when ``user`` (of the current portal) may not use the admin without a second factor."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return bool(_group_names(user) & set(TWO_FACTOR_GROUPS))


def is_head(user):
    return user.is_superuser or HEAD_GROUP in _group_names(user)


def is_administrator(user):
    return user.is_superuser or ADMIN_GROUP in _group_names(user)


def current_portal():
    return getattr(connection, "tenant", None)
