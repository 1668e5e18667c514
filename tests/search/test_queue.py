"""Publishing, unpublishing, deleting, moving and restricting pages reach the index through the queue."""

import pytest
from django_tenants.utils import tenant_context
from wagtail.models import Page, PageViewRestriction

from portal.search import storage
from portal.search.models import IndexJob, SearchDocument
from portal.search.service import run_search
from portal.search.worker import MAX_ATTEMPTS, drain
from tests.search.conftest import add_page, container


def found(portal, query):
    return [hit.url for hit in run_search(portal, query).hits]


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """``with commit(): ...`` runs the on_commit hooks (the queue inserts) at the end of the block."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def page(school_a, commit):
    with commit(), tenant_context(school_a):
        page = add_page(container(), "Hội thi vẽ tranh Trung thu", "Học sinh vẽ tranh về đêm rằm.")
    drain(schemas=[school_a.schema_name])
    with tenant_context(school_a):
        page = Page.objects.get(pk=page.pk).specific
        page.expected_url = page.url
    return page


def test_jobs_are_queued_after_commit_only(school_a, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks, tenant_context(school_a):
        page = add_page(container(), "Tin chưa xác nhận", "")
    assert callbacks
    assert not IndexJob.objects.filter(schema_name=school_a.schema_name, object_id=page.pk).exists()
    for callback in callbacks:
        callback()
    job = IndexJob.objects.get(schema_name=school_a.schema_name, object_id=page.pk)
    assert (job.model_label, job.status) == ("wagtailcore.page", "pending")


def test_publish_reflected_after_the_worker_runs(school_a, page):
    assert found(school_a, "hoi thi ve tranh") == [page.expected_url]
    assert SearchDocument.objects.filter(schema_name=school_a.schema_name, page_id=page.pk).exists()
    assert not IndexJob.objects.filter(schema_name=school_a.schema_name, status="pending").exists()


def test_new_revision_is_indexed_only_when_published(school_a, page, commit):
    with commit(), tenant_context(school_a):
        page.title = "Hội thi vẽ tranh Tết Trung thu 2025"
        revision = page.save_revision()
    drain(schemas=[school_a.schema_name])
    assert found(school_a, "tet trung thu 2025") == []
    with commit(), tenant_context(school_a):
        revision.publish()
    drain(schemas=[school_a.schema_name])
    assert found(school_a, "tet trung thu 2025") == [page.expected_url]


def test_unpublish_removes_and_republish_restores(school_a, page, commit):
    with commit(), tenant_context(school_a):
        page.unpublish()
    drain(schemas=[school_a.schema_name])
    # The forgiving fallback may answer with other pages (scaffolded procedures): this page is gone.
    assert page.expected_url not in found(school_a, "hoi thi ve tranh")
    assert not SearchDocument.objects.filter(schema_name=school_a.schema_name, page_id=page.pk).exists()
    with commit(), tenant_context(school_a):
        page.save_revision().publish()
    drain(schemas=[school_a.schema_name])
    assert found(school_a, "hoi thi ve tranh") == [page.expected_url]


def test_delete_removes(school_a, page, commit):
    with commit(), tenant_context(school_a):
        Page.objects.get(pk=page.pk).delete()
    drain(schemas=[school_a.schema_name])
    # The forgiving fallback may answer with other pages (scaffolded procedures): this page is gone.
    assert page.expected_url not in found(school_a, "hoi thi ve tranh")


def test_deleting_a_section_removes_its_descendants(school_a, commit):
    with commit(), tenant_context(school_a):
        section = add_page(container(), "Chuyên đề mỹ thuật", "")
        poster = add_page(section, "Tranh cổ động an toàn giao thông", "")
        poster_url = Page.objects.get(pk=poster.pk).url
    drain(schemas=[school_a.schema_name])
    assert found(school_a, "tranh co dong")[:1] == [poster_url]
    with commit(), tenant_context(school_a):
        Page.objects.get(pk=section.pk).delete()
    drain(schemas=[school_a.schema_name])
    assert poster_url not in found(school_a, "tranh co dong")


def test_making_private_removes_and_making_public_restores(school_a, page, commit):
    with commit(), tenant_context(school_a):
        restriction = PageViewRestriction.objects.create(page=page, restriction_type="password", password="mk123")
    drain(schemas=[school_a.schema_name])
    # The forgiving fallback may answer with other pages (scaffolded procedures): this page is gone.
    assert page.expected_url not in found(school_a, "hoi thi ve tranh")
    with commit(), tenant_context(school_a):
        restriction.delete()
    drain(schemas=[school_a.schema_name])
    assert found(school_a, "hoi thi ve tranh") == [page.expected_url]


def test_moving_under_a_private_section_removes_and_moving_out_restores(school_a, page, commit):
    with commit(), tenant_context(school_a):
        private = add_page(container(), "Tài liệu nội bộ", "")
        PageViewRestriction.objects.create(page=private, restriction_type="login")
    drain(schemas=[school_a.schema_name])
    with commit(), tenant_context(school_a):
        page.move(private, pos="last-child")
    drain(schemas=[school_a.schema_name])
    # The forgiving fallback may answer with other pages (scaffolded procedures): this page is gone.
    assert page.expected_url not in found(school_a, "hoi thi ve tranh")
    with commit(), tenant_context(school_a):
        Page.objects.get(pk=page.pk).move(container(), pos="last-child")
    drain(schemas=[school_a.schema_name])
    with tenant_context(school_a):
        url = Page.objects.get(pk=page.pk).url
    assert found(school_a, "hoi thi ve tranh") == [url]


def test_moving_a_section_updates_the_urls_of_its_pages(school_a, commit):
    with commit(), tenant_context(school_a):
        section = add_page(container(), "Góc học tập", "")
        child = add_page(section, "Bí quyết học tốt môn Toán", "")
        target = add_page(container(), "Chuyên mục mới", "")
    drain(schemas=[school_a.schema_name])
    with commit(), tenant_context(school_a):
        Page.objects.get(pk=section.pk).move(target, pos="last-child")
    drain(schemas=[school_a.schema_name])
    with tenant_context(school_a):
        new_url = Page.objects.get(pk=child.pk).url
    assert found(school_a, "bi quyet hoc tot") == [new_url]
    assert "/chuyen-muc-moi-" in new_url


def test_template_schema_changes_queue_nothing(db, commit):
    from tenants.models import Portal

    template = Portal.objects.get(kind=Portal.Kind.TEMPLATE)
    before = IndexJob.objects.count()
    with commit(), tenant_context(template):
        add_page(container(), "Trang trong lược đồ mẫu", "")
    assert IndexJob.objects.count() == before


def test_missing_index_is_rebuilt_by_the_worker(school_a, page, commit):
    storage.remove_index(school_a.schema_name)
    with commit(), tenant_context(school_a):
        add_page(container(), "Sân chơi cuối tuần", "")
    stats = drain(schemas=[school_a.schema_name])
    assert stats.rebuilt == [school_a.schema_name]
    assert found(school_a, "hoi thi ve tranh") == [page.expected_url]  # not only the new page
    assert len(found(school_a, "san choi cuoi tuan")) == 1


def test_a_broken_index_folder_fails_jobs_with_the_error_after_retries(school_a, commit, settings, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    settings.SEARCH_ROOT = blocker / "search"
    with commit(), tenant_context(school_a):
        page = add_page(container(), "Trang không lập chỉ mục được", "")
    job = IndexJob.objects.filter(schema_name=school_a.schema_name, object_id=page.pk)
    drain(schemas=[school_a.schema_name])
    assert job.get().status == "pending" and "NotADirectoryError" in job.get().error
    for _ in range(MAX_ATTEMPTS):
        drain(schemas=[school_a.schema_name])
    assert job.get().status == "failed" and job.get().attempts == MAX_ATTEMPTS
