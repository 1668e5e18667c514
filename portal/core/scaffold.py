"""Build (idempotently) what every portal must have: home page, mandated sections, groups.

Run inside a portal's schema, for the template (so clones inherit it) and for
existing portals when a new mandated section appears (``setup_portals``).
"""

import logging

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, Page, Site, Task, Workflow

from portal.core.models import HomePage, SectionPage
from portal.core.sections import mandated_sections

logger = logging.getLogger(__name__)

# Wagtail's two default groups, renamed: the board head approves and publishes, editors draft and submit.
GROUP_NAMES = {
    "Moderators": "Trưởng ban biên tập",
    "Editors": "Biên tập viên",
}
# Earlier Vietnamese names of those groups, renamed in place so members and permissions stay.
FORMER_GROUP_NAMES = {"Ban Biên tập - Trưởng ban (duyệt tin)": GROUP_NAMES["Moderators"]}
# The portal's administrators (letter III.5): users and settings, no say over what is published.
ADMIN_GROUP = "Quản trị viên"
ADMIN_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("auth", "add_user"),
    ("auth", "change_user"),
    ("auth", "delete_user"),
    ("auth", "view_user"),
    ("auth", "view_group"),
    ("core", "change_portalsettings"),
    ("core", "view_portalsettings"),
]
WORKFLOW_NAME = "Ban Biên tập duyệt tin bài"
# The workflow's single step, shown to editors in the page status and history ("Moderators approval").
TASK_NAME = "Trưởng Ban Biên tập duyệt"
# Wagtail names the tree's root page and the root collection "Root"; editors see both in the admin.
ROOT_PAGE_TITLE = "Tất cả trang"
ROOT_COLLECTION_NAME = "Thư viện chung"


def ensure_home_page():
    """The portal's HomePage under the tree root, set as its default Site's root."""
    root = Page.get_first_root_node()
    home = HomePage.objects.child_of(root).first()
    if home is None:
        home = HomePage(title="Trang chủ", slug="trang-chu", welcome="")
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.is_default_site = True
        site.save()
    # Wagtail's migrations leave a "Welcome to your new Wagtail site!" page: not ours.
    for stray in Page.objects.child_of(root).exclude(pk=home.pk).filter(content_type__model="page"):
        stray.delete()
    return home


def _unique_slug(parent, slug):
    candidate, n = slug, 2
    while parent.get_children().filter(slug=candidate).exists():
        candidate, n = f"{slug}-{n}", n + 1
    return candidate


def ensure_sections(home):
    """One root page per mandated section; upgrades an empty placeholder to a claimed page type."""
    created = []
    for spec in mandated_sections():
        model = apps.get_model(spec.model)
        if model.objects.child_of(home).filter(section_key=spec.key).exists():
            continue
        placeholder = SectionPage.objects.child_of(home).filter(section_key=spec.key).first()
        if placeholder is not None and model is not SectionPage:
            if placeholder.get_children().exists():
                logger.warning("Section %s keeps its generic page: it already has content", spec.key)
                continue
            placeholder.delete()
        page = model(
            title=spec.title,
            slug=_unique_slug(home, spec.slug),
            section_key=spec.key,
            show_in_menus=spec.menu,
            **({"intro": f"<p>{spec.intro}</p>"} if hasattr(model, "intro") else {}),
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        created.append(page)
    return created


def ensure_groups():
    """Editorial board groups named in Vietnamese, the administrators' group, and the approval workflow."""
    for english, vietnamese in [*GROUP_NAMES.items(), *FORMER_GROUP_NAMES.items()]:
        if not Group.objects.filter(name=vietnamese).exists():
            Group.objects.filter(name=english).update(name=vietnamese)
    admins, _ = Group.objects.get_or_create(name=ADMIN_GROUP)
    for app_label, codename in ADMIN_PERMISSIONS:
        admins.permissions.add(*Permission.objects.filter(content_type__app_label=app_label, codename=codename))
    Workflow.objects.filter(name="Moderators approval").update(name=WORKFLOW_NAME)
    Task.objects.filter(name="Moderators approval").update(name=TASK_NAME)


def ensure_vietnamese_roots():
    """Rename Wagtail's "Root" page and collection (the explorer's and the image library's top)."""
    Page.objects.filter(depth=1, title="Root").update(title=ROOT_PAGE_TITLE, draft_title=ROOT_PAGE_TITLE)
    Collection.objects.filter(depth=1, name="Root").update(name=ROOT_COLLECTION_NAME)


def build_scaffold():
    home = ensure_home_page()
    ensure_sections(home)
    ensure_groups()
    ensure_vietnamese_roots()
    return home


def _root_of(home, spec):
    model = apps.get_model(spec.model)
    page = model.objects.child_of(home).filter(section_key=spec.key).first()
    if page is None and model is not SectionPage:
        page = SectionPage.objects.child_of(home).filter(section_key=spec.key).first()
    return page


def section_roots(home):
    """The root page of every mandated section under ``home``, by key, whatever its page type."""
    roots = {}
    for spec in mandated_sections():
        page = _root_of(home, spec)
        if page is not None:
            roots[spec.key] = page
    return roots


def section_root(home, key):
    """The root page of one mandated section under ``home`` (whatever app claims it), or None."""
    spec = next((spec for spec in mandated_sections() if spec.key == key), None)
    return _root_of(home, spec) if spec is not None else None
