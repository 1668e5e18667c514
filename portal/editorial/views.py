"""Admin views of the board head: what waits for approval, with its age."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from portal.editorial.queue import pending_approvals
from portal.editorial.roles import is_head


def pending_view(request):
    """Everything waiting for approval in this portal (the portal's own schema), oldest first."""
    if not is_head(request.user):
        raise PermissionDenied
    items = pending_approvals()
    return render(request, "editorial/admin/pending.html", {"items": items})
