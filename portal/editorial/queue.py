"""What waits for the board head: every page in an approval workflow, oldest first, with its age.

Wagtail keeps one ``WorkflowState`` per page under review (in the portal's own schema); the age counts
from the submission of the current round (a page sent back and resubmitted starts again).
"""

from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone
from wagtail.models import WorkflowState


@dataclass(frozen=True)
class PendingItem:
    page: object
    submitted_by: object
    submitted_at: datetime
    task_name: str
    age_days: int


def pending_approvals(now=None):
    now = now or timezone.now()
    states = (
        WorkflowState.objects.active()
        .filter(status=WorkflowState.STATUS_IN_PROGRESS)
        .select_related("requested_by", "current_task_state__task")
        .order_by("created_at")
    )
    items = []
    for state in states:
        page = state.content_object
        if page is None:
            continue
        task_state = state.current_task_state
        items.append(
            PendingItem(
                page=page,
                submitted_by=state.requested_by,
                submitted_at=state.created_at,
                task_name=task_state.task.name if task_state else "",
                age_days=(now - state.created_at).days,
            )
        )
    return items
