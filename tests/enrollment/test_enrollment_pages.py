"""Enrollment pages: creation through the Wagtail admin, validation messages, rendering, allowed parents."""

import datetime

import pytest
from django_tenants.utils import tenant_context
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from portal.core.models import HomePage
from portal.enrollment.models import AdmissionNoticePage, EnrollmentIndexPage, EnrollmentPlanPage

UTC = datetime.UTC


def notice_data(**overrides):
    data = {
        "title": "Thông báo tuyển sinh lớp 6 năm học 2026-2027",
        "slug": "tuyen-sinh-lop-6",
        "school_year": "2026-2027",
        "target_group": rich_text("<p>Học sinh hoàn thành chương trình tiểu học, sinh năm 2015.</p>"),
        "quota": "450",
        "quota_detail": "10 lớp",
        "admission_form": "xet_tuyen",
        "conditions": rich_text("<p>Cư trú trên địa bàn phường Hiệp Thành.</p>"),
        "dossier": rich_text("<ul><li>Đơn dự tuyển</li><li>Học bạ tiểu học</li></ul>"),
        "registration_opens": "01/07/2026 07:00",
        "registration_closes": "10/07/2026 17:00",
        "exam_date": "",
        "result_date": "20/07/2026",
        "place": "Văn phòng nhà trường",
        "body": streamfield([]),
        "show_candidates": "on",
        "personal_display": "ten_thang_nam",
        "personal_until": "",
        "personal_erase_after": "",
        "comments": inline_formset([]),
        "action-publish": "action-publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def section(portal):
    with tenant_context(portal):
        return EnrollmentIndexPage.objects.get(section_key="tuyen-sinh")


def test_admin_creates_index_plan_and_notice(school_a, superuser_client):
    client = superuser_client(school_a)
    with tenant_context(school_a):
        EnrollmentIndexPage.objects.all().delete()
        home = HomePage.objects.get()
    response = client.post(f"/admin/pages/add/enrollment/enrollmentindexpage/{home.pk}/", nested_form_data({
        "title": "Tuyển sinh", "slug": "tuyen-sinh", "intro": rich_text("<p>Đường dây nóng: 0274 3822 908.</p>"),
        "comments": inline_formset([]), "action-publish": "action-publish",
    }))  # fmt: skip
    assert response.status_code == 302
    with tenant_context(school_a):
        index = EnrollmentIndexPage.objects.get()
    response = client.post(f"/admin/pages/add/enrollment/enrollmentplanpage/{index.pk}/", nested_form_data({
        "title": "Kế hoạch tuyển sinh năm học 2026-2027", "slug": "ke-hoach-2026-2027", "school_year": "2026-2027",
        "summary": "Tuyển 450 học sinh lớp 6.", "body": streamfield([("paragraph", rich_text("<p>Căn cứ...</p>"))]),
        "comments": inline_formset([]), "action-publish": "action-publish",
    }))  # fmt: skip
    assert response.status_code == 302
    response = client.post(f"/admin/pages/add/enrollment/admissionnoticepage/{index.pk}/", notice_data())
    assert response.status_code == 302, response.content.decode()[:2000]
    with tenant_context(school_a):
        plan = EnrollmentPlanPage.objects.get()
        notice = AdmissionNoticePage.objects.get()
        assert plan.live and plan.school_year == "2026-2027"
        assert notice.live and notice.quota == 450
        # The form is in Vietnam time: 07:00 on 01/07/2026 is midnight UTC.
        assert notice.registration_opens == datetime.datetime(2026, 7, 1, 0, 0, tzinfo=UTC)
        assert notice.result_date == datetime.date(2026, 7, 20)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"school_year": "2026-2028"}, "năm sau phải bằng năm trước cộng 1"),
        ({"school_year": "2026/2027"}, "Năm học phải có dạng YYYY-YYYY"),
        ({"quota": "-5"}, "Chỉ tiêu không được là số âm."),
        ({"registration_closes": "30/06/2026 17:00"}, "Hạn cuối nhận hồ sơ phải sau thời điểm bắt đầu nhận hồ sơ."),
        ({"exam_date": "05/07/2026"}, "Ngày thi phải từ ngày hết hạn nhận hồ sơ trở về sau."),
        ({"exam_date": "15/07/2026", "result_date": "14/07/2026"}, "Ngày công bố kết quả phải từ ngày thi trở về sau."),
        ({"dossier": rich_text("<p>Đơn đăng ký theo mẫu.</p>")}, "Hồ sơ nhắc đến mẫu đơn: hãy chọn tệp mẫu đơn"),
    ],
)
def test_admin_refuses_invalid_notices_in_vietnamese(school_a, superuser_client, overrides, message):
    index = section(school_a)
    response = superuser_client(school_a).post(
        f"/admin/pages/add/enrollment/admissionnoticepage/{index.pk}/", notice_data(**overrides)
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    with tenant_context(school_a):
        assert not AdmissionNoticePage.objects.exists()


def test_page_types_only_go_where_they_belong(school_a):
    with tenant_context(school_a):
        home = HomePage.objects.get()
        index = EnrollmentIndexPage.objects.get()
        assert not AdmissionNoticePage.can_create_at(home)
        assert not EnrollmentPlanPage.can_create_at(home)
        assert AdmissionNoticePage.can_create_at(index) and EnrollmentPlanPage.can_create_at(index)
        assert not EnrollmentIndexPage.can_create_at(home)  # one per portal, already there
        assert EnrollmentIndexPage.allowed_subpage_models() == [EnrollmentPlanPage, AdmissionNoticePage]


def test_every_enrollment_page_renders(school_a, make_notice, portal_client):
    make_notice(
        school_a, quota_detail="10 lớp", exam_date=datetime.date(2026, 7, 12), result_date=datetime.date(2026, 7, 20)
    )
    with tenant_context(school_a):
        index = EnrollmentIndexPage.objects.get()
        plan = EnrollmentPlanPage(
            title="Kế hoạch tuyển sinh năm học 2026-2027",
            slug="ke-hoach",
            school_year="2026-2027",
            summary="Tuyển 450 học sinh lớp 6.",
        )
        index.add_child(instance=plan)
        plan.save_revision().publish()
    client = portal_client(school_a)
    html = client.get("/tuyen-sinh/").content.decode()
    assert "<h1>Tuyển sinh</h1>" in html and "/static/css/enrollment.css" in html
    assert "Thông báo tuyển sinh lớp 6 năm học 2026-2027" in html
    assert "Kế hoạch tuyển sinh năm học 2026-2027" in html
    assert "Nhận hồ sơ 01/07/2026 – 10/07/2026" in html
    assert 'class="status-badge' in html
    plan_html = client.get("/tuyen-sinh/ke-hoach/").content.decode()
    assert "Năm học 2026-2027" in plan_html and "Tuyển 450 học sinh lớp 6." in plan_html
    notice_html = client.get("/tuyen-sinh/thong-bao-lop-6/").content.decode()
    for text in (
        "Chỉ tiêu",
        "450 (10 lớp)",
        "Xét tuyển",
        "Từ 07:00 ngày 01/07/2026 đến 17:00 ngày 10/07/2026",
        "12/07/2026",
        "20/07/2026",
        "Văn phòng nhà trường",
        "Học sinh hoàn thành chương trình tiểu học.",
    ):
        assert text in notice_html, text
    assert "Danh sách dự tuyển" not in notice_html.split("<article", 1)[1]  # no list imported yet


def test_admin_refuses_a_plan_whose_years_do_not_follow(school_a, superuser_client):
    url = f"/admin/pages/add/enrollment/enrollmentplanpage/{section(school_a).pk}/"
    response = superuser_client(school_a).post(url, nested_form_data({
        "title": "Kế hoạch tuyển sinh", "slug": "ke-hoach", "school_year": "2026-2028", "summary": "",
        "body": streamfield([]), "comments": inline_formset([]), "action-publish": "action-publish",
    }))  # fmt: skip
    assert "Năm học “2026-2028” không hợp lệ: năm sau phải bằng năm trước cộng 1 (ví dụ 2026-2027)." in (
        response.content.decode()
    )
    with tenant_context(school_a):
        assert not EnrollmentPlanPage.objects.exists()
