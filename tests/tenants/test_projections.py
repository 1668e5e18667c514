"""Every registered public-schema projection follows every event that changes what the public may see.

The tests are parametrized over ``tenants.projections.registered()``: a new projection gets them all
once it has a page maker in ``MAKERS`` (``test_every_projection_has_a_maker`` fails until then).
Events: publish, unpublish, delete, move, slug change of an ancestor (URL change of descendants),
view restriction added/removed on an ancestor, portal deactivation and reactivation.
"""

import datetime

import pytest
from django.utils import timezone
from django_tenants.utils import schema_context, tenant_context
from wagtail.models import Page, PageViewRestriction

from disclosure.models import DisclosureIndexPage
from documents.models import DocumentIndexPage, LegalDocumentPage
from portal.core.models import HomePage
from portal.news.models import NewsArticlePage, NewsIndexPage, NoticeIndexPage, NoticePage
from portal.organization.models import OrganizationPage
from portal.resources.models import ResourceIndexPage, ResourcePage
from portal.yearbook.levels import current_is_district
from portal.yearbook.models import YearbookPage, YearbookRow
from procedures.models import QuestionIndexPage
from tenants import projections
from tenants.models import Portal


def _publish_under(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def make_news(tag):
    page = NewsArticlePage(title=f"Tin {tag}", slug=f"tin-{tag}", date=timezone.localdate(), summary="Tóm tắt.")
    return _publish_under(NewsIndexPage.objects.get(section_key="tin-tuc"), page)


def make_notice(tag):
    page = NoticePage(title=f"Thông báo {tag}", slug=f"thong-bao-{tag}", date=timezone.localdate())
    return _publish_under(NoticeIndexPage.objects.get(section_key="thong-bao"), page)


def make_resource(tag):
    page = ResourcePage(
        title=f"Tài nguyên {tag}",
        slug=f"tai-nguyen-{tag}",
        resource_type="hoc_lieu",
        subject="toan",
        grade="lop_6",
        external_url="https://www.geogebra.org/classic",
    )
    return _publish_under(ResourceIndexPage.objects.get(), page)


def make_document(tag):
    index = DocumentIndexPage.objects.get(section_key="van-ban")
    number = f"{abs(hash(tag)) % 900 + 10}/PGDĐT-VP"
    page = LegalDocumentPage(title=f"Văn bản {tag}", number=number, issue_date=datetime.date(2025, 9, 5), slug="")
    page._parent_hint = index
    page.full_clean(exclude=["path", "depth"])
    return _publish_under(index, page)


def make_yearbook(tag):
    page = YearbookPage.objects.get()
    if current_is_district():  # the district's page only aggregates; publishing it projects nothing
        page.save_revision().publish()
        return page
    page.rows = [
        YearbookRow(
            school_year="2025-2026", classes=28, teachers=60, staff=12, students=1140,
            students_g6=300, students_g7=290, students_g8=280, students_g9=270,
            rooms=28, functional_rooms=8, land_area=12500,
        )
    ]  # fmt: skip
    page.save_revision().publish()
    return page


def make_disclosure(tag):
    """The compliance snapshot is the section page's projection (one row per school)."""
    page = DisclosureIndexPage.objects.get()
    page.save_revision().publish()
    return page


def make_questions(tag):
    """Every portal has one Q&A page (scaffold); republishing it projects its timeliness snapshot."""
    page = QuestionIndexPage.objects.get()
    page.save_revision().publish()
    return page


def make_board(tag):
    """The editorial snapshot is the "Giới thiệu" page's projection (one row per portal)."""
    page = OrganizationPage.objects.get()
    page.save_revision().publish()
    return page


def make_home(tag):
    """The privacy and visits snapshots are built from the home page (always live: one row per portal)."""
    page = HomePage.objects.get()
    page.save_revision().publish()
    return page


# name -> (the kind of portal that projects it, a maker run inside that portal's schema)
MAKERS = {
    "news": (Portal.Kind.SCHOOL, make_news),
    "notice": (Portal.Kind.SCHOOL, make_notice),
    "resource": (Portal.Kind.DISTRICT, make_resource),
    "district_documents": (Portal.Kind.DISTRICT, make_document),
    "yearbook": (Portal.Kind.SCHOOL, make_yearbook),
    "disclosure": (Portal.Kind.SCHOOL, make_disclosure),
    "qa_timeliness": (Portal.Kind.SCHOOL, make_questions),
    "editorial": (Portal.Kind.SCHOOL, make_board),
    "privacy": (Portal.Kind.SCHOOL, make_home),
    "visits": (Portal.Kind.SCHOOL, make_home),
}
NAMES = sorted(projections.registered())


def row_path(row):
    return row.data["path"] if hasattr(row, "data") else row.path


def rows(name, portal):
    """The projection's rows of one portal, as the district's readers see them."""
    with schema_context("public"):
        return list(projections.visible(name, portal=portal))


@pytest.fixture
def setup(request, district, school_a, django_capture_on_commit_callbacks):
    """``(portal, act)``: ``act(fn)`` runs ``fn`` in the portal's schema and the after-commit writes."""
    name = request.param
    kind, maker = MAKERS[name]
    portal = district if kind == Portal.Kind.DISTRICT else school_a

    def act(fn):
        with tenant_context(portal), django_capture_on_commit_callbacks(execute=True):
            return fn()

    page = act(lambda: maker("mot"))
    return name, portal, act, page


def container(tag="khu-vuc"):
    home = HomePage.objects.get()
    page = Page(title=f"Khu vực {tag}", slug=tag)
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_every_projection_has_a_maker():
    assert set(NAMES) == set(MAKERS), "add a page maker for each registered projection"
    assert {"news", "notice", "resource", "district_documents", "yearbook"} <= set(NAMES)


@pytest.mark.parametrize("setup", NAMES, indirect=True)
def test_publish_projects_the_page_path_not_an_absolute_url(setup):
    name, portal, act, page = setup
    [row] = rows(name, portal)
    assert row_path(row) == act(lambda: Page.objects.get(pk=page.pk).url)
    assert row_path(row).startswith("/")


@pytest.mark.parametrize("setup", NAMES, indirect=True)
def test_unpublish_withdraws_and_republish_restores(setup):
    name, portal, act, page = setup
    act(lambda: Page.objects.get(pk=page.pk).specific.unpublish())
    assert rows(name, portal) == []
    act(lambda: Page.objects.get(pk=page.pk).specific.save_revision().publish())
    assert len(rows(name, portal)) == 1


@pytest.mark.parametrize("setup", NAMES, indirect=True)
def test_delete_withdraws(setup):
    name, portal, act, page = setup
    act(lambda: Page.objects.get(pk=page.pk).delete())
    assert rows(name, portal) == []


# The privacy and visits snapshots hang off the home page, which cannot be moved under a section.
@pytest.mark.parametrize("setup", [name for name in NAMES if name not in {"privacy", "visits"}], indirect=True)
def test_move_and_ancestor_slug_change_update_the_path(setup):
    name, portal, act, page = setup
    target = act(lambda: container("khu-vuc"))
    act(lambda: Page.objects.get(pk=page.pk).move(target, pos="last-child"))
    moved_url = act(lambda: Page.objects.get(pk=page.pk).url)
    assert moved_url.startswith("/khu-vuc/")
    assert [row_path(row) for row in rows(name, portal)] == [moved_url]

    def rename():
        parent = Page.objects.get(pk=target.pk)
        parent.slug = "khu-vuc-moi"
        parent.save_revision().publish()

    act(rename)
    renamed_url = act(lambda: Page.objects.get(pk=page.pk).url)
    assert renamed_url.startswith("/khu-vuc-moi/")
    assert [row_path(row) for row in rows(name, portal)] == [renamed_url]


@pytest.mark.parametrize("setup", NAMES, indirect=True)
def test_privacy_of_an_ancestor_withdraws_and_restores(setup):
    name, portal, act, page = setup
    parent_id = act(lambda: Page.objects.get(pk=page.pk).get_parent().pk)
    restriction = act(
        lambda: PageViewRestriction.objects.create(page_id=parent_id, restriction_type=PageViewRestriction.LOGIN)
    )
    assert rows(name, portal) == []  # a private page is not announced elsewhere
    act(lambda: PageViewRestriction.objects.get(pk=restriction.pk).delete())
    assert len(rows(name, portal)) == 1


@pytest.mark.parametrize("setup", NAMES, indirect=True)
def test_portal_deactivation_hides_rows_and_reactivation_restores_them(setup):
    name, portal, act, page = setup
    with schema_context("public"):
        Portal.objects.filter(pk=portal.pk).update(is_active=False)
    assert rows(name, portal) == []
    with schema_context("public"):
        assert not projections.visible(name).filter(portal=portal).exists()
        Portal.objects.filter(pk=portal.pk).update(is_active=True)
    assert len(rows(name, portal)) == 1


@pytest.mark.parametrize("setup", NAMES, indirect=True)
def test_rebuild_restores_a_lost_row_and_drops_a_stale_one(setup):
    name, portal, act, page = setup
    projection = projections.get(name)
    with schema_context("public"):
        projection.model().objects.filter(portal=portal).delete()
    assert projections.rebuild(portal, names={name}) == {name: 1}
    assert len(rows(name, portal)) == 1
    with tenant_context(portal):  # unpublished without signals: only the rebuild notices
        Page.objects.filter(pk=page.pk).update(live=False)
    assert projections.rebuild(portal, names={name}) == {name: 0}
    assert rows(name, portal) == []


@pytest.mark.parametrize("name", NAMES)
def test_other_kinds_of_portal_project_nothing(name, district, school_a, django_capture_on_commit_callbacks):
    """The district's library and documents come only from the district; statistics only from schools."""
    kind, maker = MAKERS[name]
    other = school_a if kind == Portal.Kind.DISTRICT else district
    if other.kind in projections.get(name).portal_kinds:
        pytest.skip("this projection is written by every kind of portal")
    with tenant_context(other), django_capture_on_commit_callbacks(execute=True):
        maker("khac")
    assert rows(name, other) == []


@pytest.mark.parametrize("name", [n for n in NAMES if MAKERS[n][0] == Portal.Kind.SCHOOL])
def test_two_schools_are_isolated(name, school_a, school_b, django_capture_on_commit_callbacks):
    pages = {}
    for portal, tag in ((school_a, "a"), (school_b, "b")):
        with tenant_context(portal), django_capture_on_commit_callbacks(execute=True):
            pages[portal.pk] = MAKERS[name][1](tag)
    assert len(rows(name, school_a)) == 1 and len(rows(name, school_b)) == 1
    # Withdrawing in school B leaves school A's row alone, even when the page ids are the same.
    with tenant_context(school_b), django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=pages[school_b.pk].pk).specific.unpublish()
    assert rows(name, school_b) == [] and len(rows(name, school_a)) == 1
    with schema_context("public"):
        assert {row.portal_id for row in projections.visible(name, schools_only=True)} == {school_a.pk}
