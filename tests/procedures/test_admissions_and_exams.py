"""Online admission (apply, follow by code + date of birth, results) and exam registration (list, numbers)."""

import datetime
import re

import pytest
from django.utils import timezone
from django_tenants.utils import tenant_context
from procedures_helpers import procedure_section

from portal.personal_data.models import ConsentRecord, ErasureLog
from portal.personal_data.subjects import erase_expired
from procedures.models import (
    AdmissionApplication,
    AdmissionApplicationPage,
    ExamCandidate,
    ExamRegistrationPage,
)

pytestmark = pytest.mark.django_db
CODE = re.compile(r'id="ma-ho-so">([A-Z]{2}-[A-Z0-9]+)<')
CHILD = {
    "child_name": "Phạm Minh Khang",
    "birth_date": "2020-03-15",
    "gender": "nam",
    "address": "Số 5 Đường Yersin, Phú Cường",
    "parent_name": "Phạm Văn Lộc",
    "parent_relation": "cha",
    "phone": "0987 654 321",
    "email": "",
    "consent_parent": "on",
    "website": "",
}


def add_page(portal, model, **values):
    with tenant_context(portal):
        page = model(**values)
        procedure_section().add_child(instance=page)
        page.save_revision().publish()
        page.address = page.url
        return page


def admission(portal, **values):
    now = timezone.now()
    defaults = {
        "title": "Đăng ký tuyển sinh lớp 1 năm học 2026-2027",
        "slug": "dang-ky-lop-1",
        "school_year": "2026-2027",
        "grade": "lop_1",
        "opens_at": now - datetime.timedelta(days=1),
        "closes_at": now + datetime.timedelta(days=5),
    }
    return add_page(portal, AdmissionApplicationPage, **{**defaults, **values})


def test_apply_follow_and_see_results(school_a, portal_client):
    page = admission(school_a)
    client = portal_client(school_a)
    missing_child_consent = client.post(page.address, CHILD).content.decode()  # the child is 6: parent only
    code = CODE.search(missing_child_consent).group(1)
    with tenant_context(school_a):
        application = AdmissionApplication.objects.get(code=code)
        assert application.child_name == "Phạm Minh Khang"
        record = ConsentRecord.objects.get(reference_code=code)
        assert record.parent_name == "Phạm Văn Lộc" and record.child_agreed_at is None
    status = {"action": "status", "tra-code": code.lower(), "tra-birth_date": "15/03/2020"}
    followed = client.post(page.address, status)
    assert "Đã tiếp nhận" in followed.content.decode() and followed["X-Robots-Tag"] == "noindex"
    wrong = client.post(page.address, {**status, "tra-birth_date": "16/03/2020"}).content.decode()
    assert "Không tìm thấy hồ sơ" in wrong and "Phạm Minh Khang" not in wrong
    with tenant_context(school_a):
        application.status = AdmissionApplication.Status.ACCEPTED
        application.save()
        AdmissionApplicationPage.objects.filter(pk=page.pk).update(results_published=True)
    results = client.get(page.address).content.decode()
    assert "Danh sách trúng tuyển (1)" in results and "Phạm Minh Khang" in results and "0987" not in results


def test_an_older_child_must_agree_and_closed_registration_refuses(school_a, portal_client):
    page = admission(school_a, grade="lop_6", slug="dang-ky-lop-6")
    client = portal_client(school_a)
    older = {**CHILD, "birth_date": "2015-05-01", "previous_school": "Trường TH Phú Hòa 1"}
    assert "Học sinh từ đủ 7 tuổi cần tự đánh dấu đồng ý" in client.post(page.address, older).content.decode()
    assert "Trường này là bắt buộc" in client.post(page.address, {**older, "previous_school": ""}).content.decode()
    assert CODE.search(client.post(page.address, {**older, "consent_child": "on"}).content.decode())
    closed = admission(school_a, slug="da-dong", closes_at=timezone.now() - datetime.timedelta(hours=1))
    assert client.post(closed.address, CHILD).status_code == 403
    with tenant_context(school_a):
        assert AdmissionApplication.objects.count() == 1


def test_exam_registration_numbers_and_published_list(school_a, portal_client):
    now = timezone.now()
    page = add_page(
        school_a,
        ExamRegistrationPage,
        title="Hội thi Tin học trẻ cấp trường 2026",
        slug="hoi-thi-tin-hoc",
        exam_date=datetime.date(2026, 12, 20),
        place="Phòng máy 1",
        opens_at=now - datetime.timedelta(days=1),
        closes_at=now + datetime.timedelta(days=1),
        room_size=1,
    )
    client = portal_client(school_a)
    base = {"school": "THCS Chu Văn An", "class_name": "8A1", "phone": "0900 000 001", "consent_parent": "on"}
    base |= {"consent_parent_name": "Nguyễn Thị Hoa", "consent_child": "on", "website": ""}
    for name, birth in (("Võ Thành Tín", "2012-04-01"), ("Đỗ Ngọc Anh", "2012-08-09")):
        assert CODE.search(client.post(page.address, {**base, "full_name": name, "birth_date": birth}).content.decode())
    with tenant_context(school_a):
        ExamCandidate.objects.update(status=ExamCandidate.Status.CONFIRMED)
        page = ExamRegistrationPage.objects.get(pk=page.pk)
        assert page.assign_numbers() == 2
        numbers = dict(ExamCandidate.objects.values_list("full_name", "candidate_number"))
        rooms = dict(ExamCandidate.objects.values_list("full_name", "room"))
        ExamRegistrationPage.objects.filter(pk=page.pk).update(candidates_published=True)
    assert numbers == {"Đỗ Ngọc Anh": "TS0001", "Võ Thành Tín": "TS0002"}  # by given name: Anh before Tín
    assert rooms == {"Đỗ Ngọc Anh": "Phòng 01", "Võ Thành Tín": "Phòng 02"}
    listed = client.get(f"/thu-tuc-bieu-mau/{page.slug}/").content.decode()
    assert "TS0002" in listed and "Võ Thành Tín" in listed and "0900" not in listed


def test_retention_erases_expired_records_with_their_consent(school_a, portal_client):
    page = admission(school_a)
    code = CODE.search(portal_client(school_a).post(page.address, CHILD).content.decode()).group(1)
    with tenant_context(school_a):
        AdmissionApplication.objects.update(erase_after=timezone.localdate() - datetime.timedelta(days=1))
        assert erase_expired() == 1
        assert not AdmissionApplication.objects.exists() and not ConsentRecord.objects.exists()
        assert ErasureLog.objects.get(reference_code=code).reason == ErasureLog.Reason.RETENTION


def test_applications_are_isolated_between_schools(school_a, school_b, portal_client):
    page_a = admission(school_a)
    code = CODE.search(portal_client(school_a).post(page_a.address, CHILD).content.decode()).group(1)
    page_b = admission(school_b)
    status = {"action": "status", "tra-code": code, "tra-birth_date": "15/03/2020"}
    assert "Không tìm thấy hồ sơ" in portal_client(school_b).post(page_b.address, status).content.decode()
