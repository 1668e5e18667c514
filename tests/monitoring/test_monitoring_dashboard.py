"""The district dashboard: seeded overdue item and silent school, score following edited rules, access."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django_tenants.utils import tenant_context

from monitoring import tasks
from monitoring.models import MonitoringSettings, ScoreRule
from tests.monitoring.monitoring_helpers import add_articles, disclosure_data, health_data, put_snapshot, rule

pytestmark = pytest.mark.django_db

URL = "/admin/giam-sat/"


@pytest.fixture
def seeded(school_a, school_b):
    """School A is active with an overdue disclosure item; school B has been silent for 90 days."""
    put_snapshot(school_a, "monitoring", health_data(days_since=2))
    put_snapshot(school_a, "disclosure", disclosure_data(overdue=1))
    put_snapshot(school_b, "monitoring", health_data(days_since=90, empty=("thu-tuc-bieu-mau",)))
    put_snapshot(school_b, "disclosure", disclosure_data(overdue=0))
    add_articles(school_a, 45)
    MonitoringSettings.objects.create(silent_days=30)
    return school_a, school_b


def test_dashboard_shows_overdue_item_and_silent_school(seeded, district, superuser_client):
    school_a, school_b = seeded
    tasks.evaluate(send=False)
    response = superuser_client(district).get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert school_a.name in html and school_b.name in html
    assert "Công khai quá hạn" in html and "Mục công khai 0" in html
    assert "Không đăng bài mới 90 ngày" in html
    assert "<svg" in html  # the month's history rows feed the trend chart


def test_score_follows_edited_rules(seeded, district, superuser_client):
    school_a, school_b = seeded
    articles = rule("articles_year", ">=", 40, points=10)
    rule("disclosure_overdue", "<=", 0, points=10)
    rule("forms_section", "=", 1, points=10)
    client = superuser_client(district)
    statuses = {s.portal.pk: s for s in client.get(URL).context["statuses"]}
    # A: 45 articles, overdue item, forms section -> 20/30; B: no article, nothing overdue, forms empty -> 10/30
    assert statuses[school_a.pk].score == 67
    assert statuses[school_b.pk].score == 33
    # The district raises the bar through the rules screen: A no longer meets the article rule.
    form = {"cau_hinh-silent_days": "30", "cau_hinh-reminder_days": "3", "quy_tac-TOTAL_FORMS": "3",
            "quy_tac-INITIAL_FORMS": "3"}  # fmt: skip
    for i, current in enumerate(ScoreRule.objects.order_by("sort_order", "pk")):
        threshold = "60" if current.pk == articles.pk else f"{current.threshold}"
        form.update({f"quy_tac-{i}-id": current.pk, f"quy_tac-{i}-metric": current.metric,
                     f"quy_tac-{i}-operator": current.operator, f"quy_tac-{i}-threshold": threshold,
                     f"quy_tac-{i}-points": current.points, f"quy_tac-{i}-is_active": "on",
                     f"quy_tac-{i}-sort_order": "0", f"quy_tac-{i}-label": ""})  # fmt: skip
    assert client.post("/admin/giam-sat/quy-tac/", form).status_code == 302
    response = client.get(URL, {"sap_xep": "score", "chieu": "giam"})
    statuses = response.context["statuses"]
    assert [s.portal.pk for s in statuses][:1] == [school_b.pk] or statuses[0].score >= statuses[-1].score
    scores = {s.portal.pk: s.score for s in statuses}
    assert scores[school_a.pk] == 33
    assert "Số bài viết (tin tức, thông báo) trong năm học: ít nhất 60" in response.content.decode()


def test_rules_form_refuses_bad_threshold_in_vietnamese(district, superuser_client):
    form = {"cau_hinh-silent_days": "30", "cau_hinh-reminder_days": "3", "quy_tac-TOTAL_FORMS": "1",
            "quy_tac-INITIAL_FORMS": "0", "quy_tac-0-metric": "articles_year", "quy_tac-0-operator": ">=",
            "quy_tac-0-threshold": "bốn mươi", "quy_tac-0-points": "10", "quy_tac-0-sort_order": "0"}  # fmt: skip
    response = superuser_client(district).post("/admin/giam-sat/quy-tac/", form)
    assert response.status_code == 200
    assert "Chưa lưu" in response.content.decode()
    assert not ScoreRule.objects.exists()


def test_filter_sort_and_drill_down(seeded, district, superuser_client):
    school_a, school_b = seeded
    client = superuser_client(district)
    only_mn = client.get(URL, {"cap": "mn"}).context["statuses"]
    assert [s.portal.pk for s in only_mn] == [school_b.pk]
    by_days = client.get(URL, {"sap_xep": "days_since_publication", "chieu": "giam"}).context["statuses"]
    assert by_days[0].portal.pk == school_b.pk
    response = client.get(f"/admin/giam-sat/truong/{school_b.pk}/")
    html = response.content.decode()
    assert response.status_code == 200 and school_b.name in html
    assert "Trống" in html  # its forms section is empty
    assert "chưa có dữ liệu" in html  # no editorial/visits/privacy snapshot yet


def test_district_only(school_a, district, superuser_client, portal_client):
    school_client = superuser_client(school_a)
    for path in (URL, "/admin/giam-sat/quy-tac/"):
        response = school_client.get(path)  # Wagtail turns PermissionDenied into a redirect to the admin home
        assert response.status_code == 302 and response["Location"] == "/admin/"
    client = portal_client(district)
    with tenant_context(district):  # users and sessions live in the portal's schema
        clerk = get_user_model().objects.create_user("vanthu", "vanthu@ptdm.edu.vn", "MatKhau@2025")
        clerk.user_permissions.add(Permission.objects.get(codename="access_admin"))
        client.force_login(clerk)
    response = client.get(URL)
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert "/login/" in portal_client(district).get(URL)["Location"]  # anonymous: to the login page
