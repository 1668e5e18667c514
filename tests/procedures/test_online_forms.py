"""Online forms end to end through the HTTP client: code, storage, files, consent, e-mail, export, guards."""

import datetime
import re

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django_tenants.utils import tenant_context
from procedures_helpers import add_online_form, form_post

from portal.personal_data.models import ConsentRecord, ErasureLog
from portal.text.spreadsheets import read_table
from procedures.models import OnlineFormSubmission, SubmissionFile

pytestmark = pytest.mark.django_db
CODE = re.compile(r'id="ma-ho-so">(HS-[A-Z0-9]+)<')


def submit(client, page_url, **overrides):
    return client.post(page_url, form_post(**overrides))


def test_a_submission_is_stored_coded_notified_and_exported(
    school_a, portal_client, superuser_client, django_capture_on_commit_callbacks
):
    with tenant_context(school_a):
        page = add_online_form()
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(portal_client(school_a), page.address)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    code = CODE.search(response.content.decode()).group(1)
    with tenant_context(school_a):
        submission = OnlineFormSubmission.objects.get(reference_code=code)
        assert submission.form_data["ho_va_ten_hoc_sinh"] == "Nguyễn Văn An"
        assert submission.form_data["ngay_bat_dau_nghi"] == "2026-12-07"
        assert "consent_parent" not in submission.form_data and "website" not in submission.form_data
        assert submission.erase_after == timezone.localdate() + datetime.timedelta(days=180)
        stored = SubmissionFile.objects.get(submission=submission)
        assert stored.original_name == "Giấy khám bệnh.pdf" and stored.file.name.startswith("ho-so-nop/")
        record = ConsentRecord.objects.get(reference_code=code)
        assert record.parent_name == "Nguyễn Văn Bình" and "180 ngày" in record.parent_wording
        assert record.child_agreed_at is not None
    (message,) = mail.outbox
    assert message.to == ["vanthu@ptdm.edu.vn"] and code in message.subject
    assert "Nguyễn Văn An" in message.body and "07/12/2026" in message.body
    assert f"http://{school_a.primary_hostname}/admin/forms/submissions/" in message.body

    admin = superuser_client(school_a)
    export = admin.get(f"/admin/thu-tuc/bieu-mau/{page.pk}/xuat.xlsx")
    assert export.status_code == 200 and export["Cache-Control"].startswith("private, no-store")
    lines = read_table(export.content, "ho-so.xlsx").lines()
    header = next(line for line in lines if line and line[0] == "Mã hồ sơ")
    row = next(line for line in lines if line and line[0] == code)
    assert row[header.index("Họ và tên học sinh")] == "Nguyễn Văn An"
    assert row[header.index("Tệp đính kèm")] == "Giấy khám bệnh.pdf"
    csv_export = admin.get(f"/admin/thu-tuc/bieu-mau/{page.pk}/xuat.csv")
    assert code in csv_export.content.decode("utf-8-sig")


def test_exported_cells_cannot_become_formulas(school_a, portal_client, superuser_client):
    with tenant_context(school_a):
        page = add_online_form()
    submit(portal_client(school_a), page.address, ly_do='=HYPERLINK("http://x.example","bấm")')
    data = superuser_client(school_a).get(f"/admin/thu-tuc/bieu-mau/{page.pk}/xuat.csv").content.decode("utf-8-sig")
    assert "'=HYPERLINK" in data


@pytest.mark.parametrize(
    "window",
    [
        {"closes_at": timezone.now() - datetime.timedelta(hours=1)},
        {"opens_at": timezone.now() + datetime.timedelta(days=1)},
    ],
)
def test_a_form_outside_its_dates_refuses_submissions(
    school_a, portal_client, window, django_capture_on_commit_callbacks
):
    with tenant_context(school_a):
        page = add_online_form(**window)
    client = portal_client(school_a)
    shown = client.get(page.address).content.decode()
    assert "consent_parent" not in shown and ("đã hết hạn" in shown or "chưa mở" in shown)
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client, page.address)
    assert response.status_code == 403
    with tenant_context(school_a):
        assert not OnlineFormSubmission.objects.exists()
    assert mail.outbox == []


def test_a_flood_from_one_address_is_throttled(school_a, portal_client):
    with tenant_context(school_a):
        page = add_online_form(to_address="")
    client = portal_client(school_a)
    statuses = [submit(client, page.address).status_code for _ in range(9)]
    assert statuses == [200] * 8 + [429]
    other = portal_client(school_a, REMOTE_ADDR="10.0.0.9")
    assert submit(other, page.address).status_code == 200
    with tenant_context(school_a):
        assert OnlineFormSubmission.objects.count() == 9


def test_honeypot_filled_stores_nothing(school_a, portal_client):
    with tenant_context(school_a):
        page = add_online_form()
    response = submit(portal_client(school_a), page.address, website="http://spam.example")
    assert "Không gửi được biểu mẫu" in response.content.decode()
    with tenant_context(school_a):
        assert not OnlineFormSubmission.objects.exists()
    assert mail.outbox == []


def test_a_disguised_file_is_refused_and_the_answers_kept(school_a, portal_client):
    with tenant_context(school_a):
        page = add_online_form()
    fake = SimpleUploadedFile(
        "giay-kham.pdf", b"<html><script>alert(1)</script></html>", content_type="application/pdf"
    )
    response = submit(portal_client(school_a), page.address, giay_to_kem_theo=fake)
    html = response.content.decode()
    assert "nội dung thực tế là trang web HTML" in html
    assert 'value="Nguyễn Văn An"' in html  # nothing typed is lost
    with tenant_context(school_a):
        assert not OnlineFormSubmission.objects.exists()


def test_child_from_seven_must_agree_too(school_a, portal_client):
    with tenant_context(school_a):
        page = add_online_form(to_address="")
    client = portal_client(school_a)
    refused = submit(client, page.address, consent_child=None)
    assert "Học sinh từ đủ 7 tuổi cần tự đánh dấu đồng ý" in refused.content.decode()
    young = timezone.localdate() - datetime.timedelta(days=5 * 365)
    accepted = submit(client, page.address, consent_child=None, birth=young)
    assert CODE.search(accepted.content.decode())
    no_parent = submit(client, page.address, consent_parent=None)
    assert "Cần sự đồng ý của cha, mẹ" in no_parent.content.decode()
    with tenant_context(school_a):
        assert ConsentRecord.objects.get().child_agreed_at is None


def test_uploaded_files_reach_staff_only(school_a, portal_client, superuser_client):
    with tenant_context(school_a):
        page = add_online_form(to_address="")
    submit(portal_client(school_a), page.address)
    with tenant_context(school_a):
        stored = SubmissionFile.objects.get()
    public = portal_client(school_a)
    assert public.get(f"/media/{school_a.schema_name}/{stored.file.name}").status_code == 404
    assert public.get(f"/admin/thu-tuc/tep/{stored.pk}/").status_code == 302  # to the login page
    response = superuser_client(school_a).get(f"/admin/thu-tuc/tep/{stored.pk}/")
    assert response.status_code == 200 and response["Cache-Control"].startswith("private, no-store")
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_submissions_are_isolated_between_schools(school_a, school_b, portal_client, superuser_client):
    with tenant_context(school_a):
        page = add_online_form(to_address="")
    code = CODE.search(submit(portal_client(school_a), page.address).content.decode()).group(1)
    with tenant_context(school_b):
        assert not OnlineFormSubmission.objects.exists()
    other_admin = superuser_client(school_b)
    assert f"Không có hồ sơ mã {code}" in other_admin.get(f"/admin/thu-tuc/ho-so/?ma={code}").content.decode()
    assert other_admin.get(f"/admin/thu-tuc/bieu-mau/{page.pk}/xuat.xlsx").status_code != 200
    own_admin = superuser_client(school_a)
    assert "Nguyễn Văn An" in own_admin.get(f"/admin/thu-tuc/ho-so/?ma={code}").content.decode()


def test_erasure_on_request_leaves_only_a_log(school_a, portal_client, superuser_client):
    with tenant_context(school_a):
        page = add_online_form(to_address="")
    code = CODE.search(submit(portal_client(school_a), page.address).content.decode()).group(1)
    admin = superuser_client(school_a)
    exported = admin.get(f"/admin/thu-tuc/ho-so/?ma={code}&xuat=json")
    sections = {item["loai_du_lieu"]: item["ban_ghi"] for item in exported.json()["du_lieu"]}
    assert sections["hồ sơ nộp trực tuyến"][0]["Dữ liệu"]["ho_va_ten_hoc_sinh"] == "Nguyễn Văn An"
    assert sections["sự đồng ý xử lý dữ liệu cá nhân"][0]["cha mẹ / người giám hộ"] == "Nguyễn Văn Bình"
    assert admin.post(f"/admin/thu-tuc/ho-so/{code}/xoa/").status_code == 302
    with tenant_context(school_a):
        assert not OnlineFormSubmission.objects.exists()
        assert not SubmissionFile.objects.exists() and not ConsentRecord.objects.exists()
        assert ErasureLog.objects.get().reference_code == code


def test_the_receiving_address_must_be_official(school_a):
    with tenant_context(school_a):
        page = add_online_form(to_address="")
        page.to_address = "vanthu@gmail.com"
        with pytest.raises(ValidationError) as error:
            page.full_clean()
    assert "to_address" in error.value.message_dict
