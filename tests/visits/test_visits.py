"""Visitor statistics: one statement per counted view, bots left out, one visitor a day, two schools apart."""

import datetime

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tenants.utils import schema_context, tenant_context

from portal.visits.models import DailyVisitor, DayTotal, PageDay
from portal.visits.projection import KEY, refresh_all
from tenants.models import PortalSnapshot

BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36"


def visit(portal, path="/", agent=BROWSER, address="203.0.113.20", **extra):
    client = Client(HTTP_HOST=portal.primary_hostname, HTTP_USER_AGENT=agent, REMOTE_ADDR=address, **extra)
    return client.get(path)


def today_total(portal):
    with tenant_context(portal):
        row = DayTotal.objects.filter(day=timezone.localdate()).first()
        return (row.visitors, row.views) if row else (0, 0)


def test_views_and_daily_visitors_are_counted_bots_excluded_schools_apart(school_a, school_b):
    for _ in range(2):
        assert visit(school_a).status_code == 200
    visit(school_a, "/tin-tuc/")
    visit(school_a, address="203.0.113.21")  # another visitor
    for agent in ["", "Googlebot/2.1 (+http://www.google.com/bot.html)", "curl/8.5", "Mozilla/5.0 HeadlessChrome/131"]:
        visit(school_a, agent=agent, address="198.51.100.1")
    visit(school_a, HTTP_SEC_PURPOSE="prefetch", address="198.51.100.2")
    assert today_total(school_a) == (2, 4)
    assert today_total(school_b) == (0, 0)
    visit(school_b)
    assert today_total(school_b) == (1, 1) and today_total(school_a) == (2, 4)
    with tenant_context(school_a):
        # Only hashes, never the address or the browser string.
        digests = list(DailyVisitor.objects.values_list("digest", flat=True))
        assert len(digests) == 2 and all(len(d) == 32 and "203.0" not in d for d in digests)
        assert PageDay.objects.filter(day=timezone.localdate()).count() == 2


def test_counting_costs_one_statement(school_a):
    client = Client(HTTP_HOST=school_a.primary_hostname, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="203.0.113.30")
    client.get("/gioi-thieu/")
    bot = Client(HTTP_HOST=school_a.primary_hostname, HTTP_USER_AGENT="", REMOTE_ADDR="203.0.113.30")
    bot.get("/gioi-thieu/")
    with CaptureQueriesContext(connection) as counted:
        client.get("/gioi-thieu/")
    with CaptureQueriesContext(connection) as not_counted:
        bot.get("/gioi-thieu/")

    def statements(context):  # django-tenants sets the search path before each statement
        return [q["sql"] for q in context.captured_queries if not q["sql"].startswith("SET search_path")]

    assert len(statements(counted)) - len(statements(not_counted)) == 1
    assert any("visits_daytotal" in q["sql"] for q in counted.captured_queries)


def test_a_page_from_the_page_cache_is_counted_with_one_statement(school_a, settings):
    settings.PORTAL_PAGE_CACHE = True
    for _ in range(2):  # a first view creates the settings rows the page reads (a change); then it is stored
        visit(school_a, "/gioi-thieu/", agent="curl/8.5")  # a bot: not counted
    client = Client(HTTP_HOST=school_a.primary_hostname, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="203.0.113.40")
    with CaptureQueriesContext(connection) as hit:
        assert client.get("/gioi-thieu/").status_code == 200
    statements = [q["sql"] for q in hit.captured_queries if not q["sql"].startswith("SET search_path")]
    assert len(statements) == 1 and "visits_daytotal" in statements[0]  # the count, nothing else
    assert today_total(school_a) == (1, 1)


def test_home_box_and_district_snapshot(school_a, portal_client):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    with tenant_context(school_a):
        DayTotal.objects.create(day=yesterday, visitors=41, views=90)
        DailyVisitor.objects.create(day=yesterday, digest="x" * 32)
    visit(school_a)
    html = portal_client(school_a).get("/").content.decode()
    assert "Lượt truy cập" in html
    with schema_context("public"):
        refresh_all()
        data = PortalSnapshot.objects.get(portal=school_a, key=KEY).data
    month_expected = 42 if yesterday.month == timezone.localdate().month else 1
    assert data["today"] == 1 and data["total"] == 42 and data["month"] == month_expected
    assert sum(row["visitors"] for row in data["per_month"]) == 42
    with tenant_context(school_a):
        assert not DailyVisitor.objects.filter(day=yesterday).exists()  # pruned
