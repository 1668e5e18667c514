"""Hỏi đáp: ask, follow by code, staff answer and publish, search, 15 working days, district snapshot."""

import datetime
import re

import pytest
from django_tenants.utils import schema_context, tenant_context

from portal.workdays.calendar import WorkingCalendar
from procedures.models import Question, QuestionIndexPage
from tenants.models import PortalSnapshot

pytestmark = pytest.mark.django_db
CODE = re.compile(r'id="ma-theo-doi">(HD-[A-Z0-9]+)<')
QUESTION = {
    "name": "Trần Thị Mai",
    "contact": "0912 345 678",
    "topic": "Học phí, chế độ chính sách",
    "body": "Con tôi thuộc hộ cận nghèo thì được giảm học phí bao nhiêu?",
    "consent": "on",
    "website": "",
}


def qa_url(portal):
    with tenant_context(portal):
        return QuestionIndexPage.objects.get().url


def ask(client, url, **overrides):
    return client.post(url, {**QUESTION, **overrides})


def test_working_days_skip_weekends_and_tet():
    # Friday 13/02/2026, then the weekend, Tết (16-20/02) and the weekend again.
    calendar = WorkingCalendar()
    assert calendar.add_working_days(datetime.date(2026, 2, 13), 1) == datetime.date(2026, 2, 23)
    assert calendar.add_working_days(datetime.date(2026, 12, 1), 15) == datetime.date(2026, 12, 22)
    assert calendar.working_days_between(datetime.date(2026, 2, 13), datetime.date(2026, 2, 23)) == 1


def test_ask_follow_answer_publish_and_search(
    school_a, portal_client, superuser_client, django_capture_on_commit_callbacks
):
    url = qa_url(school_a)
    visitor = portal_client(school_a)
    with django_capture_on_commit_callbacks(execute=True):
        asked = ask(visitor, url)
    assert asked["Cache-Control"] == "private, no-store"
    code = CODE.search(asked.content.decode()).group(1)
    with tenant_context(school_a):
        question = Question.objects.get(code=code)
        received = question.received_at.astimezone().date()
        assert question.due_date == WorkingCalendar.load().add_working_days(received, 15)
    followed = visitor.get(url, {"ma": code.lower()})
    assert "Đã tiếp nhận" in followed.content.decode() and followed["X-Robots-Tag"] == "noindex"
    assert "Không có câu hỏi" in visitor.get(url, {"ma": "HD-AAAAAAAA"}).content.decode()

    admin = superuser_client(school_a)
    edit = f"/admin/hoi-dap/edit/{question.pk}/"
    answer = "Học sinh thuộc hộ cận nghèo được giảm 50% học phí; nộp đơn theo mẫu tại văn phòng."
    refused = admin.post(edit, {"status": "da_tra_loi", "answer": "", "publish_answer": "on"})
    assert refused.status_code == 200 and "Hãy nhập câu trả lời" in refused.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        saved = admin.post(edit, {"status": "da_tra_loi", "answer": answer, "publish_answer": "on"})
    assert saved.status_code == 302
    assert answer in visitor.get(url, {"ma": code}).content.decode()
    listed = visitor.get(url, {"q": "can ngheo"}).content.decode()  # no diacritics
    assert answer in listed and "Trần Thị Mai" not in listed and "0912" not in listed
    assert answer not in visitor.get(url, {"q": "chuyen truong"}).content.decode()
    with tenant_context(school_a):
        assert answer in QuestionIndexPage.objects.get().get_search_text()
    with schema_context("public"):
        data = PortalSnapshot.objects.get(portal=school_a, key="qa_timeliness").data
    assert data["received"] == 1 and data["answered"] == 1 and data["answered_on_time"] == 1


def test_an_unpublished_answer_reaches_only_the_code_holder(school_a, portal_client):
    url = qa_url(school_a)
    visitor = portal_client(school_a)
    code = CODE.search(ask(visitor, url).content.decode()).group(1)
    with tenant_context(school_a):
        question = Question.objects.get(code=code)
        question.status, question.answer = Question.Status.ANSWERED, "Trả lời riêng cho phụ huynh."
        question.save()
    assert "Trả lời riêng cho phụ huynh." in visitor.get(url, {"ma": code}).content.decode()
    assert "Trả lời riêng cho phụ huynh." not in visitor.get(url).content.decode()


def test_overdue_questions_show_in_the_snapshot(school_a):
    from procedures.projection import build

    with tenant_context(school_a):
        page = QuestionIndexPage.objects.get()
        old = datetime.datetime(2026, 1, 5, 9, 0, tzinfo=datetime.UTC)
        Question.objects.create(
            page=page, code="HD-OLD22222", name="A", contact="a", topic="Khác", body="?", received_at=old
        )
        data = build(page)
    assert data["open"] == 1 and data["open_overdue"] == 1


def test_questions_are_throttled_and_refuse_bots(school_a, portal_client):
    url = qa_url(school_a)
    client = portal_client(school_a)
    assert "Không gửi được câu hỏi" in ask(client, url, website="x").content.decode()
    statuses = [ask(client, url).status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 200, 429]
    with tenant_context(school_a):
        assert Question.objects.count() == 4


def test_a_code_from_one_school_means_nothing_at_another(school_a, school_b, portal_client):
    code = CODE.search(ask(portal_client(school_a), qa_url(school_a)).content.decode()).group(1)
    other = portal_client(school_b).get(qa_url(school_b), {"ma": code}).content.decode()
    assert "Không có câu hỏi" in other


def test_following_a_code_with_control_or_invisible_characters_never_fails(school_a, portal_client):
    """A NUL in ``?ma=`` reached PostgreSQL (which refuses it in text): a 500. Found by tests/reliability fuzzing."""
    url = qa_url(school_a)
    visitor = portal_client(school_a)
    for typed in ("\x00", "HD-\x00ABC", "\u200bhd-aaaaaaaa\u200b", "\x1b[31m"):
        response = visitor.get(url, {"ma": typed})
        assert response.status_code == 200
    assert "Không có câu hỏi" in visitor.get(url, {"ma": "\u200bhd-aaaaaaaa"}).content.decode()
