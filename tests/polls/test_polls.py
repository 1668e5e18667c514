"""Polls: one vote per visitor (signed cookie, address limit), closing on its date, results rule, export."""

import datetime
import io

import openpyxl
from django.test import Client
from django.utils import timezone
from django_tenants.utils import tenant_context

from portal.polls.models import PollBallot, PollChoice, PollIndexPage, PollPage, PollVote
from portal.polls.voting import VOTES_PER_ADDRESS


def make_poll(portal, slug="dong-phuc", *, multiple=False, results=PollPage.Results.AFTER_VOTE, closes_in=7):
    now = timezone.now()
    with tenant_context(portal):
        poll = PollPage(
            title="Đồng phục",
            slug=slug,
            question="Chọn màu áo đồng phục?",
            multiple=multiple,
            results=results,
            opens_at=now - datetime.timedelta(days=1),
            closes_at=now + datetime.timedelta(days=closes_in),
        )
        for position, label in enumerate(["Xanh", "Trắng", "Vàng"]):
            poll.choices.add(PollChoice(label=label, sort_order=position))
        PollIndexPage.objects.get().add_child(instance=poll)
        poll.save_revision().publish()
        return poll, [choice.pk for choice in poll.choices.all()]


def browser(portal, address="203.0.113.5"):
    return Client(HTTP_HOST=portal.primary_hostname, REMOTE_ADDR=address, enforce_csrf_checks=True)


def vote(client, path, choice):
    page = client.get(path)
    token = page.cookies["csrftoken"].value if "csrftoken" in page.cookies else client.cookies["csrftoken"].value
    return client.post(path, {"choice": choice, "csrfmiddlewaretoken": token})


def test_a_visitor_counts_once_and_sees_results_after_voting(school_a, school_b):
    poll, choices = make_poll(school_a)
    path = "/tham-do-y-kien/dong-phuc/"
    visitor = browser(school_a)
    first = visitor.get(path)
    assert 'id="ket-qua"' not in first.content.decode() and first["Cache-Control"] == "private, no-store"
    response = vote(visitor, path, str(choices[1]))
    assert response.status_code == 302
    html = visitor.get(response["Location"]).content.decode()
    assert "Cảm ơn bạn đã bình chọn" in html and "(1 phiếu)" in html
    again = vote(visitor, path, str(choices[0]))
    assert again.status_code == 409 and "Bạn đã bình chọn" in again.content.decode()
    # A forged cookie is not a vote: it does not hide the form.
    forged = browser(school_a, "203.0.113.6")
    forged.cookies[f"binh-chon-{poll.pk}"] = "1"
    assert 'name="choice"' in forged.get(path).content.decode()
    with tenant_context(school_a):
        assert PollBallot.objects.filter(poll=poll).count() == 1
        assert list(PollVote.objects.values_list("choice_id", flat=True)) == [choices[1]]
        # Nothing in a ballot says who cast it.
        assert {f.name for f in PollBallot._meta.get_fields()} == {"id", "poll", "cast_on", "votes"}
    with tenant_context(school_b):
        assert not PollBallot.objects.exists()


def test_missing_choice_and_csrf_are_refused(school_a):
    make_poll(school_a, multiple=True)
    path = "/tham-do-y-kien/dong-phuc/"
    visitor = browser(school_a)
    assert visitor.post(path, {"choice": []}).status_code == 403  # no CSRF token
    response = vote(visitor, path, [])
    assert response.status_code == 400 and "Vui lòng chọn ít nhất một phương án" in response.content.decode()


def test_the_address_limit_stops_a_flood_of_cookieless_votes(school_a):
    _poll, choices = make_poll(school_a)
    path = "/tham-do-y-kien/dong-phuc/"
    statuses = set()
    for _ in range(VOTES_PER_ADDRESS + 1):
        statuses.add(vote(browser(school_a, "198.51.100.7"), path, str(choices[0])).status_code)
    assert statuses == {302, 429}


def test_a_poll_closes_on_its_date_and_then_shows_results(school_a, superuser_client):
    poll, choices = make_poll(school_a, results=PollPage.Results.AFTER_CLOSE)
    path = "/tham-do-y-kien/dong-phuc/"
    visitor = browser(school_a)
    response = vote(visitor, path, str(choices[2]))
    html = visitor.get(response["Location"]).content.decode()
    assert "Kết quả sẽ được công bố sau khi cuộc thăm dò đóng" in html and "(1 phiếu)" not in html
    with tenant_context(school_a):
        PollPage.objects.filter(pk=poll.pk).update(closes_at=timezone.now() - datetime.timedelta(minutes=1))
    late = browser(school_a, "203.0.113.9")
    page = late.get(path).content.decode()
    assert "Cuộc thăm dò đã đóng lúc" in page and 'name="choice"' not in page and "(1 phiếu)" in page
    refused = Client(HTTP_HOST=school_a.primary_hostname).post(path, {"choice": str(choices[0])})
    assert refused.status_code == 403 and "Cuộc thăm dò đã đóng lúc" in refused.content.decode()
    export = superuser_client(school_a).get(f"/admin/binh-chon/{poll.pk}/ket-qua.xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(export.content)).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert ["Vàng", 1, 100] in rows and ["Xanh", 0, 0] in rows


def test_the_home_box_shows_the_open_poll(school_a, portal_client):
    make_poll(school_a)
    html = portal_client(school_a).get("/").content.decode()
    assert "Chọn màu áo đồng phục?" in html and 'href="/tham-do-y-kien/dong-phuc/"' in html
