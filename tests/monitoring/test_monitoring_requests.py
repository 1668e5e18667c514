"""Reports on request: one school answers, another is late; files only for the district and the school."""

import datetime
import io
import zipfile

import openpyxl
import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from monitoring import reminders
from monitoring.models import MonitoringSettings, ReportAnswer, ReportRequest
from tests.monitoring.monitoring_helpers import add_articles

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n% bao cao da ky\n"


def test_request_answered_by_one_school_and_late_for_another(school_a, school_b, district, superuser_client):
    add_articles(school_a, 7)
    office = superuser_client(district)
    response = office.post(
        "/admin/giam-sat/bao-cao/them/",
        {
            "subject": "Báo cáo học kỳ I",
            "body": "Số bài viết và thư điện tử.",
            "deadline": "2026-01-15",
            "metrics": ["articles_year", "mailboxes_approved"],
            "template_file": SimpleUploadedFile("mau-bao-cao.docx", b"PK mau"),
        },  # fmt: skip
    )
    report = ReportRequest.objects.get(subject="Báo cáo học kỳ I")
    assert response.status_code == 302 and report.template_name == "mau-bao-cao.docx"

    school = superuser_client(school_a)
    form = school.get(f"/admin/bao-cao-theo-yeu-cau/{report.pk}/").context["form"]
    assert form.fields["so_lieu_articles_year"].initial == 7  # pre-filled from what the portal knows
    not_pdf = SimpleUploadedFile("bc.pdf", b"khong phai pdf")
    refused = school.post(
        f"/admin/bao-cao-theo-yeu-cau/{report.pk}/", {"so_lieu_articles_year": "7", "signed": not_pdf}
    )
    assert "không phải PDF" in refused.content.decode() and not ReportAnswer.objects.exists()
    sent = school.post(f"/admin/bao-cao-theo-yeu-cau/{report.pk}/",
                       {"so_lieu_articles_year": "8", "note": "Đã thực hiện.",
                        "signed": SimpleUploadedFile("bao-cao-da-ky.pdf", PDF)})  # fmt: skip
    assert sent.status_code == 302
    answer = ReportAnswer.objects.get(portal=school_a)
    assert answer.figures["articles_year"] == 8.0

    # After the deadline: A answered two days before it, B never did.
    ReportRequest.objects.filter(pk=report.pk).update(deadline=timezone.localdate() - datetime.timedelta(days=1))
    ReportAnswer.objects.filter(pk=answer.pk).update(submitted_at=timezone.now() - datetime.timedelta(days=3))
    page = office.get(f"/admin/giam-sat/bao-cao/{report.pk}/")
    states = {school.pk: state for school, _, state in page.context["rows"]}
    assert states == {school_a.pk: "đã gửi", school_b.pk: "quá hạn"}

    archive = zipfile.ZipFile(io.BytesIO(office.get(f"/admin/giam-sat/bao-cao/{report.pk}/tat-ca.zip").content))
    assert sorted(archive.namelist()) == sorted(["tong-hop.xlsx", f"{school_a.schema_name}.pdf"])
    assert archive.read(f"{school_a.schema_name}.pdf") == PDF
    rows = list(openpyxl.load_workbook(io.BytesIO(archive.read("tong-hop.xlsx"))).active.iter_rows(values_only=True))
    by_school = {row[0]: row for row in rows[1:]}
    assert by_school[school_b.name][1] == "quá hạn" and by_school[school_a.name][4] == 8

    # The signed PDF: the district and school A; never school B.
    url = f"/admin/bao-cao-theo-yeu-cau/tep/{answer.pk}/"
    assert office.get(url).content == PDF
    assert {"private", "no-store"} <= set(school.get(url)["Cache-Control"].replace(" ", "").split(","))
    other = superuser_client(school_b).get(url)
    assert other.status_code in (302, 403) and other.content != PDF


def test_reminder_goes_once_to_schools_that_have_not_answered(school_a, school_b):
    MonitoringSettings.objects.create(reminder_days=3)
    report = ReportRequest.objects.create(
        subject="Báo cáo nhanh", body="...", deadline=timezone.localdate() + datetime.timedelta(days=2)
    )
    report.schools.set([school_a, school_b])
    ReportAnswer.objects.create(request=report, portal=school_a, signed_name="a.pdf", signed_data=PDF)
    assert reminders.send_due() == 1
    assert reminders.send_due() == 0  # the next hourly run sends nothing
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [school_b.email]
    assert "Báo cáo nhanh" in mail.outbox[0].subject and school_b.primary_hostname in mail.outbox[0].body
