"""What the district sees of each portal's Q&A: a ``PortalSnapshot`` under ``qa_timeliness``.

Why a snapshot: the district dashboard (issue 14) compares every school's answering times in one query,
never entering 55 schemas (docs/architecture.md, section 5). The snapshot is rebuilt from the portal's
questions when one is asked or changed in the admin (``schedule_timeliness``), when the Q&A page is
published, and daily by the worker (a question becomes overdue by the passing of time alone).
Counts only, no personal data; the page's path (never an absolute URL) lets the district link to it.
"""

from django.utils import timezone

from portal.workdays.calendar import WorkingCalendar
from tenants import projections

KEY = "qa_timeliness"


def build(page):
    from procedures.models import Question

    today = timezone.localdate()
    questions = list(Question.objects.filter(page=page))
    answered = [q for q in questions if q.status == Question.Status.ANSWERED]
    open_questions = [q for q in questions if q.status != Question.Status.ANSWERED]
    late = [q for q in answered if q.is_overdue(today)]
    calendar = WorkingCalendar.load()
    days = [q.working_days_taken(calendar) for q in answered]
    parts = page.get_url_parts()
    return {
        "title": page.title,
        "path": parts[2] if parts else "",
        "target_working_days": 15,
        "received": len(questions),
        "answered": len(answered),
        "answered_on_time": len(answered) - len(late),
        "answered_late": len(late),
        "open": len(open_questions),
        "open_overdue": sum(1 for q in open_questions if q.is_overdue(today)),
        "average_working_days": round(sum(days) / len(days), 1) if days else None,
        "as_of": today.isoformat(),
    }


QA_TIMELINESS = projections.snapshot(KEY, build=build, page_models=("procedures.QuestionIndexPage",))


def schedule_timeliness(page):
    projections.schedule(QA_TIMELINESS, {page.pk})


def refresh_all():
    """Worker job: rebuild every active portal's snapshot (overdue status changes with the date)."""
    from tenants.models import Portal

    for portal in Portal.objects.filter(is_active=True).exclude(kind=Portal.Kind.TEMPLATE):
        projections.rebuild(portal, names=[KEY])
