"""The named hooks of portal.core.hooks: one way to claim a section, add a home box, add a worker job."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from wagtail import hooks

from portal.core.hooks import HOME_BOX, PERIODIC_TASK, PORTAL_SECTION, HomeBox, PeriodicTask, periodic_tasks
from portal.core.sections import mandated_sections
from portal.search import worker


def test_every_app_claims_its_section_through_the_hook():
    models = {spec.key: spec.model for spec in mandated_sections()}
    assert models["tin-tuc"] == "news.NewsIndexPage" and models["thong-bao"] == "news.NoticeIndexPage"
    assert models["van-ban"] == "documents.DocumentIndexPage"
    assert models["gioi-thieu"] == "organization.OrganizationPage"
    assert models["tai-nguyen"] == "resources.ResourceIndexPage"
    assert models["thong-ke"] == "yearbook.YearbookPage"
    assert models["tuyen-sinh"] == "enrollment.EnrollmentIndexPage"
    assert models["phap-luat"] == "articles.LegalEducationIndexPage"
    assert models["cong-khai"] == "disclosure.DisclosureIndexPage"
    assert [spec.key for spec in mandated_sections()][:3] == ["gioi-thieu", "tin-tuc", "thong-bao"]


def test_a_second_claim_or_an_unknown_section_is_refused():
    with hooks.register_temporarily(PORTAL_SECTION, lambda: {"van-ban": "core.SectionPage"}):
        with pytest.raises(ImproperlyConfigured, match="claimed by both"):
            mandated_sections()
    with hooks.register_temporarily(PORTAL_SECTION, lambda: {"khong-co": "core.SectionPage"}):
        with pytest.raises(ImproperlyConfigured, match="unknown section"):
            mandated_sections()


def test_worker_jobs_come_from_the_hook():
    assert {"search.ensure_indexes", "search.prune_done", "feeds.refresh_due"} <= set(periodic_tasks())
    calls = []
    with hooks.register_temporarily(PERIODIC_TASK, lambda: [PeriodicTask("test.job", 30, lambda: calls.append(1))]):
        tasks = {"test.job": periodic_tasks()["test.job"]}
    last_run = {}
    worker.run_periodic(last_run, now=100.0, tasks=tasks)
    worker.run_periodic(last_run, now=110.0, tasks=tasks)  # not due yet
    worker.run_periodic(last_run, now=131.0, tasks=tasks)
    assert calls == [1, 1]


def test_home_boxes_render_in_order_with_their_own_context(school_a, portal_client, tmp_path, settings):
    (tmp_path / "box.html").write_text('<section id="hop-thu">{{ greeting }} {{ page.title }}</section>')
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], str(tmp_path)]}]

    def box(page, request):
        return HomeBox("box.html", order=450, context={"greeting": "Xin chào"})

    with hooks.register_temporarily(HOME_BOX, box):
        html = portal_client(school_a).get("/").content.decode()
    assert "Xin chào Trường THCS Chu Văn An" in html  # the box's context on top of the page's
    # between the core's boxes at 400 (district only) and 500 (sections), after the news box at 100
    assert html.index('id="tin-moi"') < html.index('id="hop-thu"') < html.index('id="chuyen-muc"')
    # the head's contact (organization, order 50) opens the page, above the news
    assert html.index('id="lien-he-nhanh"') < html.index('id="tin-moi"') < html.index('id="hop-thu"')
