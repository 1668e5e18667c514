"""The privacy layer end to end: minimal public lists, expiry, export and erasure across apps, access log,
the district's snapshot, isolation between two schools."""

import datetime
import json
import zoneinfo

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from django_tenants.utils import schema_context, tenant_context

from portal.enrollment.models import AdmissionNoticePage, Candidate, EnrollmentIndexPage
from portal.personal_data import retention
from portal.personal_data.consent import PARENT_REQUIRED
from portal.personal_data.models import AccessLog, ConsentRecord, DataSubjectRequest, ErasureLog
from portal.search.documents import page_body
from portal.search.indexing import prepare_page
from procedures.models import (
    AdmissionApplication,
    AdmissionApplicationPage,
    OnlineFormPage,
    OnlineFormSubmission,
    ProcedureIndexPage,
    Question,
    QuestionIndexPage,
    SubmissionFile,
)
from tenants.models import PortalSnapshot

pytestmark = pytest.mark.django_db
HCM = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
CHILD, BIRTH, PARENT = "Phạm Minh Khang", datetime.date(2019, 3, 15), "Phạm Văn Lộc"


def notice_with_candidates(portal, **values):
    with tenant_context(portal):
        notice = AdmissionNoticePage(
            title="Thông báo tuyển sinh lớp 1 năm học 2026-2027",
            slug="thong-bao-lop-1",
            school_year="2026-2027",
            target_group="<p>Trẻ sinh năm 2019.</p>",
            quota=200,
            registration_opens=datetime.datetime(2026, 7, 1, 7, tzinfo=HCM),
            registration_closes=datetime.datetime(2026, 7, 10, 17, tzinfo=HCM),
            place="Văn phòng nhà trường",
            **values,
        )
        EnrollmentIndexPage.objects.get().add_child(instance=notice)
        notice.save_revision().publish()
        Candidate.objects.create(
            notice=notice, number=1, full_name=CHILD, birth_date=BIRTH, gender="nam", search_key="pham minh khang"
        )
        Candidate.objects.create(
            notice=notice, number=2, full_name="Lê Thu Hà", birth_date=datetime.date(2019, 8, 2), gender="nu",
            search_key="le thu ha",
        )  # fmt: skip
        notice.address = notice.url
        return notice


def test_candidate_list_shows_no_exact_birth_date_and_is_not_indexed(school_a, portal_client):
    notice = notice_with_candidates(school_a)
    client = portal_client(school_a)
    response = client.get(notice.address)
    html = response.content.decode()
    assert f'<th scope="row">{CHILD}</th><td>03/2019</td>' in html
    assert "15/03/2019" not in html and "2019-03-15" not in html
    assert '<meta name="robots" content="noindex">' in html and response["X-Robots-Tag"] == "noindex"
    assert notice.address not in client.get("/sitemap.xml").content.decode()
    with tenant_context(school_a):
        page = AdmissionNoticePage.objects.get(pk=notice.pk)
        assert page.personal_until == datetime.date(2027, 1, 30)  # 31/12 of the admission year + 30 days
        assert page.personal_erase_after == datetime.date(2028, 1, 30)
        assert prepare_page(page) is None  # out of the site search while it shows children


def test_a_list_past_its_end_date_is_gone_from_the_site_and_search_then_erased(school_a, portal_client):
    notice = notice_with_candidates(school_a)
    with tenant_context(school_a):
        AdmissionNoticePage.objects.filter(pk=notice.pk).update(
            personal_until=timezone.localdate() - datetime.timedelta(days=1)
        )
    client = portal_client(school_a)
    response = client.get(notice.address)
    html = response.content.decode()
    assert response.status_code == 200 and CHILD not in html and "noindex" not in html
    assert notice.address in client.get("/sitemap.xml").content.decode()  # the notice itself is back
    with tenant_context(school_a):
        assert retention.expire() == (1, 0, 0)
        page = AdmissionNoticePage.objects.get(pk=notice.pk)
        assert page.personal_withdrawn_at is not None
        document = prepare_page(page)
        assert document is not None and "Khang" not in document["text"]  # back in search, without the names
        AdmissionNoticePage.objects.filter(pk=notice.pk).update(
            personal_erase_after=timezone.localdate() - datetime.timedelta(days=1)
        )
        assert retention.expire() == (0, 1, 0)
        assert not Candidate.objects.exists()
        assert ErasureLog.objects.get().reason == ErasureLog.Reason.RETENTION


def child_data_everywhere(portal):
    """One child's data in every app: candidate list, admission application, online form, Q&A."""
    notice = notice_with_candidates(portal)
    with tenant_context(portal):
        section = ProcedureIndexPage.objects.get(section_key="thu-tuc-bieu-mau")
        now = timezone.now()
        admission = AdmissionApplicationPage(
            title="Đăng ký lớp 1", slug="dang-ky-lop-1", school_year="2026-2027", opens_at=now, closes_at=now
        )
        section.add_child(instance=admission)
        AdmissionApplication.objects.create(
            page=admission, code="TS-KHANG001", child_name=CHILD, birth_date=BIRTH, gender="nam", address="Phú Cường",
            parent_name=PARENT, parent_relation="cha", phone="0987654321",
        )  # fmt: skip
        form = OnlineFormPage(title="Đơn nghỉ học", slug="don-nghi-hoc")
        section.add_child(instance=form)
        submission = OnlineFormSubmission.objects.create(
            page=form, form_data={"ho_ten": CHILD}, reference_code="HS-KHANG001", erase_after=timezone.localdate()
        )
        stored = SubmissionFile(submission=submission, field_name="giay", original_name="giấy khám.pdf", size=4)
        stored.file.save("giay.pdf", ContentFile(b"%PDF"), save=True)
        ConsentRecord.objects.create(
            kind="Biểu mẫu trực tuyến", reference_code="HS-KHANG001", wording_version="2026.1", parent_name=PARENT,
            parent_wording="Tôi đồng ý", parent_agreed_at=now, child_birth_date=BIRTH,
        )  # fmt: skip
        qa = QuestionIndexPage.objects.get()
        Question.objects.create(
            page=qa, code="HD-KHANG001", name=PARENT, contact="0987.654.321", topic="Tuyển sinh",
            body="Cháu Phạm Minh Khang học lớp nào?", answer="Lớp 1A.", status="da_tra_loi", publish_answer=True,
        )  # fmt: skip
        return notice, qa, stored.file.storage, stored.file.name


def ask(client, **values):
    data = {
        "kind": "xoa", "child_name": CHILD, "child_birth_date": "15/03/2019", "requester_name": PARENT,
        "relation": "cha", "contact": "0987654321", "reference_codes": "", "details": "", "confirm": "on",
        "website": "",
    }  # fmt: skip
    return client.post("/du-lieu-ca-nhan/yeu-cau/", {**data, **values})


def test_parent_request_export_and_erasure_reach_every_app(school_a, school_b, portal_client, superuser_client):
    notice, qa, storage, file_name = child_data_everywhere(school_a)
    refused = ask(portal_client(school_a), confirm="")
    assert "Hãy xác nhận bạn là cha, mẹ" in refused.content.decode()
    answer = ask(portal_client(school_a))
    assert answer.status_code == 200 and answer["X-Robots-Tag"] == "noindex"
    with tenant_context(school_a):
        request = DataSubjectRequest.objects.get()
        assert request.code in answer.content.decode() and request.due_date > request.received_at.date()
    admin = superuser_client(school_a)
    exported = admin.get(f"/admin/du-lieu-ca-nhan/xu-ly/{request.pk}/xuat.json")
    sections = {item["loai_du_lieu"]: item["ban_ghi"] for item in json.loads(exported.content)["du_lieu"]}
    assert set(sections) >= {
        "danh sách dự tuyển", "hồ sơ xét tuyển", "hồ sơ nộp trực tuyến", "câu hỏi", "sự đồng ý xử lý dữ liệu cá nhân",
    }  # fmt: skip
    assert "yêu cầu về dữ liệu cá nhân" not in sections  # the request itself is not part of its answer
    with tenant_context(school_a):
        log = AccessLog.objects.get(action=AccessLog.Action.EXPORT)
        assert (log.username, log.reference) == ("quantri", request.code)
    with schema_context("public"):
        from tenants import projections

        projections.rebuild(school_a, names=["privacy"])
        assert PortalSnapshot.objects.get(portal=school_a, key="privacy").data["open_requests"] == 1
    # Another school's administrator sees nothing of it.
    assert superuser_client(school_b, "quantrib").get(f"/admin/du-lieu-ca-nhan/xu-ly/{request.pk}/").status_code == 404

    assert admin.post(f"/admin/du-lieu-ca-nhan/xu-ly/{request.pk}/xoa/").status_code == 302
    with tenant_context(school_a):
        assert not Candidate.objects.filter(full_name=CHILD).exists()
        assert not AdmissionApplication.objects.exists() and not OnlineFormSubmission.objects.exists()
        assert not SubmissionFile.objects.exists() and not storage.exists(file_name)
        assert not ConsentRecord.objects.exists() and not Question.objects.exists()
        assert "Khang" not in page_body(QuestionIndexPage.objects.get(pk=qa.pk))
        assert ErasureLog.objects.filter(request_code=request.code).count() == 5
        request.refresh_from_db()
        assert request.status == DataSubjectRequest.Status.DONE and "hồ sơ xét tuyển: 1" in request.answer
    html = portal_client(school_a).get(notice.address).content.decode()
    assert CHILD not in html and "Lê Thu Hà" in html


def test_register_page_is_generated_from_the_declarations(school_a, portal_client):
    html = portal_client(school_a).get("/du-lieu-ca-nhan/").content.decode()
    for declared in ("Danh sách dự tuyển", "Hồ sơ xét tuyển", "Hồ sơ nộp trực tuyến", "Câu hỏi", "Yêu cầu về dữ liệu"):
        assert declared in html
    assert "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15" in html


def test_a_child_form_without_parent_consent_is_refused(school_a, portal_client):
    with tenant_context(school_a):
        section = ProcedureIndexPage.objects.get(section_key="thu-tuc-bieu-mau")
        now = timezone.now()
        page = AdmissionApplicationPage(
            title="Đăng ký lớp 1", slug="dang-ky-lop-1", school_year="2026-2027",
            opens_at=now - datetime.timedelta(days=1), closes_at=now + datetime.timedelta(days=1),
        )  # fmt: skip
        section.add_child(instance=page)
        page.save_revision().publish()
        address = page.url
    data = {
        "child_name": CHILD, "birth_date": "2020-03-15", "gender": "nam", "address": "Phú Cường", "parent_name": PARENT,
        "parent_relation": "cha", "phone": "0987654321", "email": "", "website": "",
    }  # fmt: skip
    html = portal_client(school_a).post(address, data).content.decode()
    assert PARENT_REQUIRED in html
    with tenant_context(school_a):
        assert not AdmissionApplication.objects.exists() and not ConsentRecord.objects.exists()
