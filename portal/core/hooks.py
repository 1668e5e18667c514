"""The portal's extension points: named Wagtail hooks, declared in each app's ``wagtail_hooks.py``.

The core and the worker never import a feature app; a feature app plugs itself in by
registering a function under one of the names below, exactly as it registers Wagtail's
own admin hooks (https://docs.wagtail.org/en/stable/reference/hooks.html)::

    # portal/procedures/wagtail_hooks.py
    from wagtail import hooks

    from portal.core.hooks import PORTAL_SECTION, HOME_BOX, HomeBox

    @hooks.register(PORTAL_SECTION)
    def claim_section():
        return {"thu-tuc-bieu-mau": "procedures.ProcedureIndexPage"}

    @hooks.register(HOME_BOX)
    def procedures_box(page, request):
        return HomeBox("procedures/includes/home_box.html", order=250, context={...})

Wagtail imports every installed app's ``wagtail_hooks`` module the first time any hook is
read, so nothing has to be connected in ``AppConfig.ready``. Tests swap a hook in with
``wagtail.hooks.register_temporarily``.

Named hooks
-----------
``portal_section`` (:data:`PORTAL_SECTION`)
    ``fn() -> dict[str, str]``: mandated section key -> ``"app_label.ModelName"`` of the page
    type the app provides for it. The sections themselves (key, title, slug, intro, order) are
    data in :mod:`portal.core.sections`; an app only claims one. Claiming an unknown key, or a
    key another app claims, raises ``ImproperlyConfigured``. Read by
    :func:`portal.core.sections.mandated_sections` whenever a portal is scaffolded
    (``create_school``, ``setup_portals``, provisioning) and by the admin's "cannot delete a
    mandated section" guard.

``portal_home_box`` (:data:`HOME_BOX`)
    ``fn(page, request) -> HomeBox | None``: one box of the home page (``None``: nothing to
    show on this portal). Called on every home-page view from ``HomePage.get_context``; the
    boxes are rendered below the welcome box in ascending ``order`` with the box's own
    ``context`` on top of the page's, and their ``stylesheets`` (static paths) are linked in
    the head. Today's layout: news and notices 100, followed feeds 200, schools' news (district)
    300, list of schools (district) 400, sections 500; the head's contact (organization) 50, above
    the news. Leave gaps for new boxes.

``portal_document_pages`` (:data:`DOCUMENT_PAGES`)
    ``fn(document) -> list[Page]``: the pages of the app that own a Wagtail document (a legal
    document's attachments, a resource's file). :mod:`portal.core.privacy` serves such a file
    (``/documents/...``, ``/media/...``) only while one owning page is live and visible to the
    reader, and never lets a shared cache keep it unless one owning page is public.

``portal_official_mailboxes`` (:data:`OFFICIAL_MAILBOXES`)
    ``fn(portal) -> Iterable[OfficialMailbox]``: the portal's approved official mailboxes that the
    public may see (the school's own, position mailboxes, the leaders'), in display order. The
    organization app shows them on "Giới thiệu" and "Liên hệ - Hỏi đáp" (a leader whose contact has
    no e-mail gets the approved address of the same name or position) without importing the app
    that registers them. Today: ``mailaccounts`` (public-schema registration lists).

``portal_organization_box`` (:data:`ORGANIZATION_BOX`)
    ``fn(page, request) -> HomeBox | None``: one section of the "Giới thiệu" page that another app
    holds (today: the editorial board, ``portal.editorial``), rendered after the page's own sections in
    ascending ``order``, like a home box.

``portal_periodic_task`` (:data:`PERIODIC_TASK`)
    ``fn() -> Iterable[PeriodicTask]``: jobs the background worker (``search_worker``) runs
    every ``seconds``, in the public schema (the job picks its portals and switches schema
    itself, so every job carries its schema). Read once when the worker starts. After each run the
    worker sends :data:`periodic_task_finished` (``portal.ops`` records it: the worker's heartbeat
    and the feed refresh seen by ``/healthz``).

``portal_page_cache_hit`` (:data:`PAGE_CACHE_HIT`)
    ``fn(request, page_id)``: a page was answered from the page cache (``portal.core.page_cache``),
    so Wagtail's ``before_serve_page`` hooks did not run; what must happen on every view (counting
    it: ``portal.visits``) registers here too. ``page_id`` is the Wagtail page the cached response
    was rendered from. Keep it to one cheap statement: it runs on the fastest path of the portal.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.exceptions import ImproperlyConfigured
from django.dispatch import Signal
from wagtail import hooks

PORTAL_SECTION = "portal_section"
HOME_BOX = "portal_home_box"
PERIODIC_TASK = "portal_periodic_task"
DOCUMENT_PAGES = "portal_document_pages"
OFFICIAL_MAILBOXES = "portal_official_mailboxes"
ORGANIZATION_BOX = "portal_organization_box"
PAGE_CACHE_HIT = "portal_page_cache_hit"

# Sent by the worker after each periodic task: ``sender`` is the task's name, with ``started_at``,
# ``finished_at`` (aware datetimes) and ``error`` (``None`` when the task succeeded, else the exception).
periodic_task_finished = Signal()


@dataclass(frozen=True)
class HomeBox:
    """One box of the home page: a template rendered with ``context`` added to the page's."""

    template: str
    order: int
    context: dict = field(default_factory=dict)
    stylesheets: tuple = ()


@dataclass(frozen=True)
class PeriodicTask:
    """A job of the background worker: ``func()`` every ``seconds``, logged under ``name``."""

    name: str
    seconds: int
    func: Callable[[], object]


@dataclass(frozen=True)
class OfficialMailbox:
    """An approved official address shown on a portal: ``kind`` is "staff", "position" or "unit"."""

    address: str
    position: str
    full_name: str = ""
    kind: str = "staff"


def official_mailboxes(portal):
    """Every ``portal_official_mailboxes`` hook's mailboxes of ``portal`` (none without a portal)."""
    if portal is None:
        return []
    return [box for hook in hooks.get_hooks(OFFICIAL_MAILBOXES) for box in hook(portal)]


def section_claims(known_keys):
    """``{section key: model label}`` from every ``portal_section`` hook, checked against ``known_keys``."""
    claims, owners = {}, {}
    for hook in hooks.get_hooks(PORTAL_SECTION):
        for key, model in dict(hook() or {}).items():
            owner = f"{hook.__module__}.{hook.__qualname__}"
            if key not in known_keys:
                raise ImproperlyConfigured(f"{owner} claims an unknown section {key!r}.")
            if key in claims:
                raise ImproperlyConfigured(f"Section {key!r} is claimed by both {owners[key]} and {owner}.")
            claims[key], owners[key] = model, owner
    return claims


def home_boxes(page, request):
    """The home page's boxes from every ``portal_home_box`` hook, in layout order."""
    boxes = [box for hook in hooks.get_hooks(HOME_BOX) if (box := hook(page, request)) is not None]
    return sorted(boxes, key=lambda box: box.order)


def organization_boxes(page, request):
    """The "Giới thiệu" page's sections held by other apps (``portal_organization_box``), in order."""
    boxes = [box for hook in hooks.get_hooks(ORGANIZATION_BOX) if (box := hook(page, request)) is not None]
    return sorted(boxes, key=lambda box: box.order)


def periodic_tasks():
    """Every ``portal_periodic_task`` of the installed apps, by name (a later one replaces an earlier)."""
    return {task.name: task for hook in hooks.get_hooks(PERIODIC_TASK) for task in hook()}
