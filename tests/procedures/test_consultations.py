"""Lấy ý kiến: comments only until the deadline, moderated before publication, closed state and summary."""

import datetime

import pytest
from django.utils import timezone
from django_tenants.utils import tenant_context

from procedures.models import ConsultationComment, ConsultationIndexPage, ConsultationPage

pytestmark = pytest.mark.django_db
COMMENT = {
    "name": "Lê Văn Hùng",
    "organization": "Ban đại diện cha mẹ học sinh lớp 7A2",
    "contact": "0903 111 222",
    "body": "Đề nghị giữ giờ vào học 7 giờ để phụ huynh kịp đưa con.",
    "consent": "on",
    "website": "",
}


def add_consultation(portal, deadline, **values):
    with tenant_context(portal):
        index = ConsultationIndexPage.objects.get(section_key="lay-y-kien")
        page = ConsultationPage(
            title="Lấy ý kiến dự thảo Quy chế phối hợp giữa nhà trường và gia đình",
            slug=values.pop("slug", "quy-che-phoi-hop"),
            issue="<p>Dự thảo quy chế phối hợp năm học 2026-2027.</p>",
            receiving_address="Văn phòng nhà trường",
            receiving_email="vanthu@ptdm.edu.vn",
            deadline=deadline,
            **values,
        )
        index.add_child(instance=page)
        page.save_revision().publish()
        page.address = page.url
        return page


def test_open_consultation_takes_comments_for_moderation(school_a, portal_client):
    page = add_consultation(school_a, timezone.now() + datetime.timedelta(days=3))
    client = portal_client(school_a)
    assert "Gửi ý kiến" in client.get(page.address).content.decode()
    sent = client.post(page.address, COMMENT).content.decode()
    assert "Ý kiến sẽ được đăng sau khi đơn vị xem xét" in sent
    assert COMMENT["body"] not in client.get(page.address).content.decode()  # held for moderation
    with tenant_context(school_a):
        comment = ConsultationComment.objects.get()
        assert comment.status == ConsultationComment.Status.PENDING
        comment.status = ConsultationComment.Status.PUBLISHED
        comment.save()
    shown = client.get(page.address).content.decode()
    assert COMMENT["body"] in shown and "0903 111 222" not in shown
    assert "Không gửi được ý kiến" in client.post(page.address, {**COMMENT, "website": "x"}).content.decode()


def test_after_the_deadline_the_page_is_closed_and_shows_the_summary(school_a, portal_client):
    page = add_consultation(
        school_a,
        timezone.now() - datetime.timedelta(minutes=1),
        summary="<p>Đã nhận 12 ý kiến; 10 ý kiến đồng ý với dự thảo.</p>",
        summary_published=False,
    )
    client = portal_client(school_a)
    html = client.get(page.address).content.decode()
    assert "Đã hết hạn tiếp nhận ý kiến" in html and "Đã kết thúc" in html and 'name="body"' not in html
    assert "Đã nhận 12 ý kiến" not in html
    assert client.post(page.address, COMMENT).status_code == 403
    with tenant_context(school_a):
        assert not ConsultationComment.objects.exists()
        ConsultationPage.objects.filter(pk=page.pk).update(summary_published=True)
    assert "Đã nhận 12 ý kiến" in client.get(page.address).content.decode()
    listing = client.get("/lay-y-kien/").content.decode()
    assert "Có bản tổng hợp ý kiến" in listing


def test_comments_stay_in_their_school(school_a, school_b):
    page = add_consultation(school_a, timezone.now() + datetime.timedelta(days=1))
    with tenant_context(school_a):
        ConsultationComment.objects.create(page=page, name="A", contact="a", body="Ý kiến ở trường A")
    with tenant_context(school_b):
        assert not ConsultationComment.objects.exists()
