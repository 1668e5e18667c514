"""The enrollment seeder: a plan everywhere, a notice with ~40 candidates per school, idempotent."""

import random

from django_tenants.utils import tenant_context
from wagtail.models import Revision

from demo.enrollment import seed_enrollment
from demo.portals import DISTRICT, SCHOOLS
from portal.enrollment.models import AdmissionNoticePage, Candidate, EnrollmentPlanPage
from portal.text import fold


def state():
    return (Revision.objects.count(), list(Candidate.objects.values_list("pk", "full_name", "birth_date")))


def test_seeding_twice_changes_nothing(school_a, school_b, district):
    for portal, demo in ((school_a, SCHOOLS[2]), (school_b, SCHOOLS[0]), (district, DISTRICT)):
        with tenant_context(portal):
            seed_enrollment(portal, demo, random.Random(1))
            before = state()
            seed_enrollment(portal, demo, random.Random(2))
            assert state() == before


def test_school_gets_a_believable_notice_and_list(school_a, school_b, district, portal_client):
    with tenant_context(school_a):
        seed_enrollment(school_a, SCHOOLS[2], random.Random(1))
        notice = AdmissionNoticePage.objects.get()
        names = list(Candidate.objects.values_list("full_name", flat=True))
        years = {d.year for d in Candidate.objects.values_list("birth_date", flat=True)}
    assert notice.title == "Thông báo tuyển sinh lớp 6 năm học 2026-2027" and notice.school_year == "2026-2027"
    assert len(names) == 40 and len(set(names)) > 30 and years == {2015}
    assert all(
        name.split()[0]
        in {"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Phan"}
        for name in names
    )
    html = portal_client(school_a).get("/tuyen-sinh/thong-bao-tuyen-sinh-2026-2027/").content.decode()
    assert "Danh sách dự tuyển (40)" in html
    found = (
        portal_client(school_a)
        .get("/tuyen-sinh/thong-bao-tuyen-sinh-2026-2027/", {"q": fold(names[0]).lower()})
        .content.decode()
    )
    assert names[0] in found
    with tenant_context(school_b):
        seed_enrollment(school_b, SCHOOLS[0], random.Random(1))
        assert {d.year for d in Candidate.objects.values_list("birth_date", flat=True)} == {2021, 2022, 2023}
    with tenant_context(district):
        seed_enrollment(district, DISTRICT, random.Random(1))
        assert EnrollmentPlanPage.objects.count() == 1 and not AdmissionNoticePage.objects.exists()
