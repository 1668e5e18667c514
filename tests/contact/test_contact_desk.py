"""Contact desk: routed to the chosen official address, safeguards (throttle, honeypot, errors), admin reply."""

from django.core import mail
from django.test import Client
from django.utils import timezone
from django_tenants.utils import tenant_context

from portal.contact.desk import LIMIT
from portal.contact.models import ContactMessage, ContactPage, ContactRecipient, recipient_key

PATH = "/lien-he/gui-thu-lien-he/"
OFFICE, ADMISSIONS = "vanphong.chuvanan@ptdm.edu.vn", "tuyensinh.chuvanan@ptdm.edu.vn"


def set_recipients(portal):
    with tenant_context(portal):
        page = ContactPage.objects.get()
        page.hotline = "0274 123 456"
        page.recipients.add(ContactRecipient(label="Văn phòng", address=OFFICE, sort_order=0))
        page.recipients.add(ContactRecipient(label="Tuyển sinh", address=ADMISSIONS, sort_order=1))
        page.save_revision().publish()
        return page


def letter(**overrides):
    return {
        "recipient": recipient_key(ADMISSIONS),
        "name": "Trần Thị Bình",
        "email": "binh@example.com",
        "phone": "",
        "subject": "Hỏi về tuyển sinh lớp 6",
        "body": "Xin hỏi hồ sơ tuyển sinh gồm những gì?",
        **overrides,
    }


def test_a_message_goes_to_the_chosen_address_and_is_stored_as_new(school_a, school_b):
    set_recipients(school_a)
    visitor = Client(HTTP_HOST=school_a.primary_hostname, REMOTE_ADDR="203.0.113.40")
    page = visitor.get(PATH).content.decode()
    assert "0274 123 456" in page and "Giờ làm việc" in page and "Tuyển sinh" in page
    assert ADMISSIONS not in page.split("<form", 1)[1]  # keys in the form, never addresses
    response = visitor.post(PATH, letter())
    assert response.status_code == 302
    assert (
        len(mail.outbox) == 1 and mail.outbox[0].to == [ADMISSIONS] and mail.outbox[0].reply_to == ["binh@example.com"]
    )
    assert "Hỏi về tuyển sinh lớp 6" in mail.outbox[0].subject
    with tenant_context(school_a):
        message = ContactMessage.objects.get()
        assert message.status == ContactMessage.Status.NEW and message.recipient_address == ADMISSIONS
    with tenant_context(school_b):
        assert not ContactMessage.objects.exists()


def test_bad_input_is_refused_in_vietnamese_and_keeps_what_was_typed(school_a):
    set_recipients(school_a)
    visitor = Client(HTTP_HOST=school_a.primary_hostname, REMOTE_ADDR="203.0.113.41")
    forged = visitor.post(PATH, letter(recipient="attacker@example.com"))
    assert forged.status_code == 400 and "Vui lòng chọn nơi nhận" in forged.content.decode()
    no_contact = visitor.post(PATH, letter(email="", phone=""))
    html = no_contact.content.decode()
    assert "Vui lòng để lại thư điện tử hoặc số điện thoại" in html and "Xin hỏi hồ sơ tuyển sinh" in html
    robot = visitor.post(PATH, letter(website="http://spam.example"))
    assert robot.status_code == 400 and "để trống các ô ẩn" in robot.content.decode()
    assert not mail.outbox


def test_the_form_is_throttled_per_address(school_a):
    set_recipients(school_a)
    statuses = [
        Client(HTTP_HOST=school_a.primary_hostname, REMOTE_ADDR="198.51.100.50").post(PATH, letter()).status_code
        for _ in range(LIMIT + 1)
    ]
    assert statuses == [302] * LIMIT + [429]
    assert len(mail.outbox) == LIMIT
    other = Client(HTTP_HOST=school_a.primary_hostname, REMOTE_ADDR="198.51.100.51").post(PATH, letter())
    assert other.status_code == 302


def test_staff_reply_by_email_and_mark_handled(school_a, superuser_client):
    set_recipients(school_a)
    Client(HTTP_HOST=school_a.primary_hostname, REMOTE_ADDR="203.0.113.42").post(PATH, letter())
    with tenant_context(school_a):
        message = ContactMessage.objects.get()
    admin = superuser_client(school_a)
    assert "Hỏi về tuyển sinh lớp 6" in admin.get("/admin/thu-lien-he/").content.decode()
    mail.outbox.clear()
    response = admin.post(f"/admin/thu-lien-he/{message.pk}/", {"reply": "Hồ sơ gồm đơn và học bạ.", "send": "1"})
    assert response.status_code == 302
    assert mail.outbox[0].to == ["binh@example.com"] and mail.outbox[0].reply_to == [ADMISSIONS]
    with tenant_context(school_a):
        message.refresh_from_db()
        assert message.status == ContactMessage.Status.HANDLED and message.reply == "Hồ sơ gồm đơn và học bạ."
    anonymous = Client(HTTP_HOST=school_a.primary_hostname)
    assert anonymous.get("/admin/thu-lien-he/").status_code == 302  # to the login


def test_messages_are_personal_data_found_by_the_senders_contact_and_erased(school_a, school_b):
    """Declared to the privacy layer: a parent's request finds the message by e-mail or phone; two-year retention."""
    from portal.personal_data import subjects
    from portal.personal_data.registry import Subject

    set_recipients(school_a)
    Client(HTTP_HOST=school_a.primary_hostname, REMOTE_ADDR="203.0.113.41").post(
        PATH, letter(phone="0912 345 678", email="")
    )
    with tenant_context(school_a):
        message = ContactMessage.objects.get()
        # Two years from the day it was sent in Viet Nam (after 17:00 UTC that is already tomorrow).
        assert (message.erase_after - timezone.localdate(message.created_at)).days == 730
        found = dict(subjects.find(Subject(contacts=("0912.345.678",))))
        assert [d.model_label for d in found] == ["contact.ContactMessage"]
        subjects.erase(Subject(contacts=("0912345678",)), user="quantri", request_code="YC-TEST")
        assert not ContactMessage.objects.exists()
    with tenant_context(school_b):
        assert subjects.find(Subject(contacts=("0912345678",))) == []
