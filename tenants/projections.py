"""The one mechanism that projects a portal's public content into the public schema.

Why: the district's home page, the combined RSS, the schools' "documents of the district" tab and
the district's yearbook read every portal's content in one query, from public-schema rows, instead
of entering 55+ schemas in a request (docs/architecture.md). Before this module each feature wired its
own receivers and each reacted to a different set of events; a document made private kept its public
row. Now a feature *declares* a :class:`Projection` (which page models, how to build one row, which
public model holds it) and registers it in its ``AppConfig.ready``; this module reacts to every event
that changes what the public may see:

- a page is published, unpublished or deleted;
- a page is moved or its slug changes (its URL and every descendant's URL change);
- a view restriction is added to or removed from a page (it and its descendants become private/public);
- a portal is deactivated or reactivated: rows stay, but every reader goes through :func:`visible`,
  which hides the rows of inactive portals, so reactivation restores them untouched.

Rows are rebuilt, never patched: after the transaction commits (``transaction.on_commit``) the
affected page ids are re-read *inside the portal's schema* as the public sees them (live, not
view-restricted, routable) and each row is written, or deleted when the page is no longer public.

Rows never store an absolute URL: a school admin can edit its Wagtail ``Site`` hostname, so a URL built
from it would make the district link wherever the school wants (issue 9, hole 4). Rows store paths;
readers build links with ``Portal.absolute_url(path, request)`` from the registry's primary domain.
"""

from dataclasses import dataclass

from django.apps import apps
from django.db import connection, transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django_tenants.utils import schema_context, tenant_context
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from tenants.models import Portal

ALL_KINDS = frozenset({Portal.Kind.DISTRICT, Portal.Kind.SCHOOL})


@dataclass(frozen=True)
class Projection:
    """A feature's declaration of what it projects.

    - ``name``: unique key, also used by readers (``visible(name)``);
    - ``page_models``: labels ``"app_label.ModelName"`` of the projected page models;
    - ``public_model``: label of the public-schema model holding the rows (it has a ``portal`` FK);
    - ``build(page)``: the row's values (a dict) for a live, public, specific page, run inside the
      portal's schema; ``None`` when the page has nothing to show (no URL), which removes the row;
    - ``identity(page_id)``: the lookup of a page's row besides ``portal`` (default ``object_id``);
    - ``portal_kinds``: which portals project (the district library only from the district...);
    - ``prepare(queryset)``: optional select_related/annotations for :func:`refresh`;
    - ``related(page)``: ids of other pages whose rows depend on this one (a document replacing
      another changes the other's status).
    """

    name: str
    page_models: tuple
    public_model: str
    build: object
    identity: object = None
    portal_kinds: frozenset = ALL_KINDS
    prepare: object = None
    related: object = None

    def models(self):
        return [apps.get_model(label) for label in self.page_models]

    def model(self):
        return apps.get_model(self.public_model)

    def lookup(self, page_id):
        return self.identity(page_id) if self.identity else {"object_id": page_id}

    def applies_to(self, portal):
        return portal is not None and portal.kind in self.portal_kinds


_REGISTRY = {}


def register(projection):
    """Register a projection (from the feature's ``AppConfig.ready``) and connect its delete receiver."""
    _REGISTRY[projection.name] = projection
    for model in projection.models():
        pre_delete.connect(
            _on_deleted, sender=model, dispatch_uid=f"projection_delete_{projection.name}_{model.__name__}"
        )
    return projection


def registered():
    """Every registered projection, by name."""
    return dict(_REGISTRY)


def get(name):
    return _REGISTRY[name]


def current_portal():
    """The Portal whose schema the connection is in (None in the public schema)."""
    tenant = getattr(connection, "tenant", None)
    return tenant if isinstance(tenant, Portal) else None


def _projections_of(page):
    return [p for p in _REGISTRY.values() if isinstance(page, tuple(p.models()))]


# --- writing -------------------------------------------------------------------------------------------


def refresh(projection, page_ids, portal=None):
    """Rewrite (or remove) the rows of ``page_ids``; run inside the portal's schema."""
    portal = portal or current_portal()
    if not projection.applies_to(portal) or not page_ids:
        return
    values = {}
    for model in projection.models():
        queryset = model.objects.live().public().filter(pk__in=page_ids)
        if projection.prepare:
            queryset = projection.prepare(queryset)
        for page in queryset:
            values[page.pk] = projection.build(page)
    public_model = projection.model()
    with schema_context("public"):
        for page_id in page_ids:
            lookup = projection.lookup(page_id)
            if values.get(page_id) is None:
                public_model.objects.filter(portal=portal, **lookup).delete()
            else:
                public_model.objects.update_or_create(portal=portal, **lookup, defaults=values[page_id])


def schedule(projection, page_ids):
    """Refresh ``page_ids`` of the current portal once the current transaction commits."""
    portal = current_portal()
    page_ids = set(page_ids)
    if not projection.applies_to(portal) or not page_ids:
        return

    def run():
        with tenant_context(portal):
            refresh(projection, page_ids, portal)

    # robust: a failed projection is logged and must not break the editor's publish (rebuild repairs it)
    transaction.on_commit(run, robust=True)


def rebuild(portal, names=None):
    """Rebuild one portal's rows from scratch (inside no particular schema); returns {name: row count}.

    The safety net behind the receivers (``manage.py sync_projections``) and the way to project
    content created with signals off (demo data, restores).
    """
    counts = {}
    for projection in _REGISTRY.values():
        if (names and projection.name not in names) or not projection.applies_to(portal):
            continue
        with tenant_context(portal):
            ids = set()
            for model in projection.models():
                ids |= set(model.objects.live().public().values_list("pk", flat=True))
            refresh(projection, ids, portal)
        with schema_context("public"):
            rows = projection.model().objects.filter(portal=portal, **_fixed_lookup(projection))
            varying = set(projection.lookup(1)) - set(_fixed_lookup(projection))
            if not ids:
                rows.delete()
            elif varying:
                rows.exclude(**{f"{varying.pop()}__in": ids}).delete()
            counts[projection.name] = rows.count()
    return counts


def _fixed_lookup(projection):
    """The part of a projection's lookup that does not depend on the page (e.g. ``kind="news"``)."""
    first, second = projection.lookup(1), projection.lookup(2)
    return {key: value for key, value in first.items() if second.get(key) == value}


def _descendant_ids(projection, page):
    ids = set()
    for model in projection.models():
        ids |= set(model.objects.descendant_of(page, inclusive=True).live().values_list("pk", flat=True))
    return ids


def _related(projection, page):
    return set(projection.related(page)) if projection.related else set()


# --- receivers (connected once by TenantsConfig.ready) ---------------------------------------------------


def _on_published_or_unpublished(sender, instance, **kwargs):
    for projection in _projections_of(instance):
        schedule(projection, {instance.pk, *_related(projection, instance)})


def _on_deleted(sender, instance, **kwargs):
    """Before the row goes: its related pages are still readable; after commit, refresh drops its row."""
    for projection in _projections_of(instance):
        schedule(projection, {instance.pk, *_related(projection, instance)})


def _on_url_changed(sender, instance, **kwargs):
    """A move or a slug change changes the URL of the page and of every descendant."""
    for projection in _REGISTRY.values():
        schedule(projection, _descendant_ids(projection, instance))


def _on_privacy_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:  # None when the restriction goes with its deleted page
        _on_url_changed(sender, page)


def connect():
    """Connect the page-event receivers; called from ``TenantsConfig.ready`` (models are loaded then)."""
    page_published.connect(_on_published_or_unpublished, dispatch_uid="projection_published")
    page_unpublished.connect(_on_published_or_unpublished, dispatch_uid="projection_unpublished")
    page_slug_changed.connect(_on_url_changed, dispatch_uid="projection_slug_changed")
    post_page_move.connect(_on_url_changed, dispatch_uid="projection_moved")
    post_save.connect(_on_privacy_changed, sender=PageViewRestriction, dispatch_uid="projection_privacy_saved")
    post_delete.connect(_on_privacy_changed, sender=PageViewRestriction, dispatch_uid="projection_privacy_deleted")


# --- reading ---------------------------------------------------------------------------------------------


def visible(name, *, schools_only=False, portal=None):
    """The rows of a projection that the public may see: only of active portals (portal joined)."""
    projection = _REGISTRY[name]
    queryset = (
        projection.model().objects.filter(portal__is_active=True, **_fixed_lookup(projection)).select_related("portal")
    )
    if schools_only:
        queryset = queryset.filter(portal__kind=Portal.Kind.SCHOOL)
    if portal is not None:
        queryset = queryset.filter(portal=portal)
    return queryset


def latest(kind, limit=10, *, schools_only=False, portal=None):
    """Latest projected items (``PublishedItem``) of a kind across active portals, one query."""
    rows = visible(kind, schools_only=schools_only, portal=portal).prefetch_related("portal__domains")
    return list(rows.order_by("-published_at")[:limit])


def snapshots(key, *, schools_only=True):
    """Every active portal's snapshot under ``key`` (one query, portal joined)."""
    return list(visible(key, schools_only=schools_only).order_by("portal__level", "portal__name"))


def published_item(kind, *, build, page_models, portal_kinds=ALL_KINDS):
    """A projection into ``tenants.PublishedItem`` rows of one ``kind`` (news, notice, resource...)."""
    return Projection(
        name=kind,
        page_models=tuple(page_models),
        public_model="tenants.PublishedItem",
        build=build,
        identity=lambda page_id: {"kind": kind, "object_id": page_id},
        portal_kinds=frozenset(portal_kinds),
    )


def snapshot(key, *, build, page_models, portal_kinds=ALL_KINDS):
    """A projection into one ``tenants.PortalSnapshot`` per portal under ``key`` (statistics...)."""
    return Projection(
        name=key,
        page_models=tuple(page_models),
        public_model="tenants.PortalSnapshot",
        build=lambda page: {"data": build(page)},
        identity=lambda page_id: {"key": key},
        portal_kinds=frozenset(portal_kinds),
    )


__all__ = [
    "Projection",
    "current_portal",
    "get",
    "latest",
    "published_item",
    "rebuild",
    "refresh",
    "register",
    "registered",
    "schedule",
    "snapshot",
    "snapshots",
    "visible",
]
