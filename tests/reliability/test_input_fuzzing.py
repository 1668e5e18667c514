"""Bad input into every public form, search and filter (hypothesis): never a 500, stored text is NFC.

What is thrown: any Unicode, Vietnamese in NFD, zero-width characters and joiners, right-to-left marks
and overrides, control characters (NUL included), very long strings, and request bodies in legacy
encodings (Windows-1258, TCVN3, VNI bytes that are not UTF-8). Each form is fuzzed one field at a time
with the others valid (so the saving path runs) and all fields at once (so validation runs).
Bounded (``max_examples``) so the module stays within about a minute in ``make test``.
"""

import datetime
import itertools
import os
import unicodedata
from urllib.parse import quote_from_bytes

import pytest
from django.db import models
from django.test import Client
from django.utils import timezone
from django_tenants.utils import tenant_context
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from portal.contact.models import ContactMessage, ContactPage, ContactRecipient, recipient_key
from portal.personal_data.models import DataSubjectRequest
from portal.polls.models import PollChoice, PollIndexPage, PollPage
from portal.text.legacy import encode_legacy
from procedures.models import (
    AdmissionApplication,
    AdmissionApplicationPage,
    ConsultationComment,
    ConsultationIndexPage,
    ConsultationPage,
    DiplomaLookupPage,
    ExamCandidate,
    ExamRegistrationPage,
    ExamResultLookupPage,
    OnlineFormSubmission,
    Question,
    QuestionIndexPage,
)
from tests.procedures.procedures_helpers import add_online_form, form_post, procedure_section

pytestmark = pytest.mark.django_db

# PORTAL_FUZZ_EXAMPLES=200 for a deeper hunt; the default keeps the module near a minute in make test.
EXAMPLES = int(os.environ.get("PORTAL_FUZZ_EXAMPLES", "12"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
FUZZ_GET = settings(FUZZ, max_examples=EXAMPLES * 2)
VIETNAMESE = [
    "Nguyễn Thị Hồng Nhung",
    "Trường THCS Chu Văn An",
    "Xin hỏi hồ sơ tuyển sinh lớp 6 gồm những gì?",
    "Thủ Dầu Một, Bình Dương",
    "Đề nghị giữ giờ vào học 7 giờ.",
    "ỨNG DỤNG CÔNG NGHỆ",
]
ODD = [
    "\u200b", "\u200c", "\u200d", "\ufeff", "\u2060",  # zero-width space, non-joiner, joiner, BOM, word joiner
    "\u200e", "\u200f", "\u202a", "\u202b", "\u202e", "\u2066", "\u2069",  # LTR/RTL marks, embeddings, overrides
    "\x00", "\x01", "\x07", "\x08", "\x0b", "\x1b", "\x7f", "\x85", "\u2028", "\u2029", "\r\n", "\t",
    "\ufffd", "\U0001f600", "\u0301", "\u0323", "e\u0302\u0301", "%00", "<script>", "' OR 1=1 --", "{{ x }}",
]  # fmt: skip
# Values that parsers of numbers, dates, weeks and codes meet (page numbers, ?nam=, ?tuan=, ?ma=...).
STRUCTURED = [
    "-1", "0", "99999999999999999999999", "1e309", "nan", "2026-W53", "2026-W99", "2026-W00", "2026-02-30",
    "0000-00-00", "9999-12-31", "-2026-01-01", "2026-13-01", "HD-\x00ABC", "../../etc/passwd", "%", "[]",
]  # fmt: skip
LEGACY_ENCODINGS = ["cp1258", "tcvn3", "vni"]


def nfd(text):
    return unicodedata.normalize("NFD", text)


texts = st.one_of(
    st.text(max_size=200),
    st.sampled_from(STRUCTURED),
    st.sampled_from(VIETNAMESE).map(nfd),
    st.lists(st.sampled_from(VIETNAMESE + [nfd(v) for v in VIETNAMESE] + ODD), max_size=12).map("".join),
    st.tuples(st.sampled_from(VIETNAMESE + ODD), st.integers(200, 5_000)).map(lambda pair: pair[0] * pair[1]),
)

_addresses = itertools.count(1)


def visitor(portal):
    """A new address for every example, so the forms' per-address limits never answer instead."""
    n = next(_addresses)
    return Client(HTTP_HOST=portal.primary_hostname, REMOTE_ADDR=f"198.18.{n // 256 % 256}.{n % 256}")


def legacy_body(data, encoding):
    """``data`` url-encoded from the bytes of a legacy encoding (what an old browser or script may send)."""
    parts = []
    for key, value in data.items():
        if encoding == "cp1258":
            raw = unicodedata.normalize("NFD", value).encode("cp1258", "replace")
        else:
            raw = encode_legacy(value, encoding).encode("latin-1", "replace")
        parts.append(f"{key}={quote_from_bytes(raw)}")
    return "&".join(parts)


def assert_nfc(model, portal):
    """Every text value of every row of ``model`` (and inside JSON fields) is NFC."""
    with tenant_context(portal):
        fields = [f.attname for f in model._meta.concrete_fields if isinstance(f, (models.CharField, models.TextField))]
        json_fields = [f.attname for f in model._meta.concrete_fields if isinstance(f, models.JSONField)]
        for row in model.objects.values(*fields, *json_fields):
            for name, value in row.items():
                for text in _strings(value):
                    assert unicodedata.is_normalized("NFC", text), (model.__name__, name, text[:80])


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def ok(response):
    assert response.status_code < 500, response.status_code
    return response


# --- the forms: (address, valid data, model holding what is stored) --------------------------------


def personal_data_form(portal):
    data = {
        "kind": "xoa", "child_name": "Phạm Minh Khang", "child_birth_date": "15/03/2019",
        "requester_name": "Phạm Văn Hùng", "relation": "cha", "contact": "0987654321", "reference_codes": "",
        "details": "Xin xóa ảnh của cháu.", "confirm": "on", "website": "",
    }  # fmt: skip
    return "/du-lieu-ca-nhan/yeu-cau/", data, DataSubjectRequest


def contact_form(portal):
    office = "vanphong.chuvanan@ptdm.edu.vn"
    with tenant_context(portal):
        page = ContactPage.objects.get()
        page.recipients.add(ContactRecipient(label="Văn phòng", address=office, sort_order=0))
        page.save_revision().publish()
    data = {
        "recipient": recipient_key(office), "name": "Trần Thị Bình", "email": "binh@example.com", "phone": "",
        "subject": "Hỏi về tuyển sinh lớp 6", "body": "Xin hỏi hồ sơ tuyển sinh gồm những gì?", "website": "",
    }  # fmt: skip
    return "/lien-he/gui-thu-lien-he/", data, ContactMessage


def question_form(portal):
    with tenant_context(portal):
        url = QuestionIndexPage.objects.get().url
    data = {
        "name": "Trần Thị Mai", "contact": "0912 345 678", "topic": "Học phí, chế độ chính sách",
        "body": "Con tôi thuộc hộ cận nghèo thì được giảm học phí bao nhiêu?", "consent": "on", "website": "",
    }  # fmt: skip
    return url, data, Question


def consultation_form(portal):
    with tenant_context(portal):
        page = ConsultationPage(
            title="Lấy ý kiến dự thảo quy chế", slug="du-thao-quy-che", issue="<p>Dự thảo.</p>",
            receiving_address="Văn phòng", receiving_email="vanthu@ptdm.edu.vn",
            deadline=timezone.now() + datetime.timedelta(days=3),
        )  # fmt: skip
        ConsultationIndexPage.objects.get(section_key="lay-y-kien").add_child(instance=page)
        page.save_revision().publish()
        url = page.url
    data = {
        "name": "Lê Văn Hùng", "organization": "Ban đại diện cha mẹ học sinh", "contact": "0903 111 222",
        "body": "Đề nghị giữ giờ vào học 7 giờ.", "consent": "on", "website": "",
    }  # fmt: skip
    return url, data, ConsultationComment


def _procedure_page(portal, model, **values):
    with tenant_context(portal):
        page = model(**values)
        procedure_section().add_child(instance=page)
        page.save_revision().publish()
        return page.url


def admission_form(portal):
    now = timezone.now()
    url = _procedure_page(
        portal, AdmissionApplicationPage, title="Đăng ký tuyển sinh lớp 1", slug="dang-ky-lop-1",
        school_year="2026-2027", grade="lop_1", opens_at=now - datetime.timedelta(days=1),
        closes_at=now + datetime.timedelta(days=5),
    )  # fmt: skip
    data = {
        "child_name": "Phạm Minh Khang", "birth_date": "2020-03-15", "gender": "nam",
        "address": "Số 5 Đường Yersin, Phú Cường", "parent_name": "Phạm Văn Lộc", "parent_relation": "cha",
        "phone": "0987 654 321", "email": "", "consent_parent": "on", "website": "",
    }  # fmt: skip
    return url, data, AdmissionApplication


def admission_status_form(portal):
    url, _, model = admission_form(portal)
    return url, {"action": "status", "tra-code": "TS-ABCDEFGH", "tra-birth_date": "15/03/2020"}, model


def exam_form(portal):
    now = timezone.now()
    url = _procedure_page(
        portal, ExamRegistrationPage, title="Hội thi Tin học trẻ", slug="hoi-thi-tin-hoc",
        exam_date=datetime.date(2026, 12, 20), place="Phòng máy 1", opens_at=now - datetime.timedelta(days=1),
        closes_at=now + datetime.timedelta(days=1), room_size=30,
    )  # fmt: skip
    data = {
        "full_name": "Võ Thành Tín", "birth_date": "2012-04-01", "school": "THCS Chu Văn An", "class_name": "8A1",
        "phone": "0900 000 001", "consent_parent": "on", "consent_parent_name": "Nguyễn Thị Hoa",
        "consent_child": "on", "website": "",
    }  # fmt: skip
    return url, data, ExamCandidate


def exam_lookup_form(portal):
    with tenant_context(portal):
        url = ExamResultLookupPage.objects.get().url
    return url, {"number": "TS0001", "birth_date": "05/09/2012"}, None


def diploma_lookup_form(portal):
    with tenant_context(portal):
        url = DiplomaLookupPage.objects.get().url
    return url, {"number": "B0123457", "birth_date": "01/01/2009"}, None


def online_form(portal):
    with tenant_context(portal):
        page = add_online_form()
        url = page.address
    data = form_post()
    data.pop("giay_to_kem_theo")  # not required; the file checks have their own tests
    return url, data, OnlineFormSubmission


def poll_form(portal):
    now = timezone.now()
    with tenant_context(portal):
        poll = PollPage(
            title="Đồng phục", slug="dong-phuc", question="Chọn màu áo đồng phục?", multiple=False,
            opens_at=now - datetime.timedelta(days=1), closes_at=now + datetime.timedelta(days=7),
        )  # fmt: skip
        for position, label in enumerate(["Xanh", "Trắng"]):
            poll.choices.add(PollChoice(label=label, sort_order=position))
        PollIndexPage.objects.get().add_child(instance=poll)
        poll.save_revision().publish()
        choice = str(poll.choices.first().pk)
        url = poll.url
    return url, {"choice": choice}, None


FORMS = {
    "personal_data": personal_data_form,
    "contact": contact_form,
    "question": question_form,
    "consultation": consultation_form,
    "admission": admission_form,
    "admission_status": admission_status_form,
    "exam": exam_form,
    "exam_lookup": exam_lookup_form,
    "diploma_lookup": diploma_lookup_form,
    "online_form": online_form,
    "poll": poll_form,
}


@pytest.fixture(params=sorted(FORMS))
def public_form(request, school_a):
    url, data, model = FORMS[request.param](school_a)
    return school_a, url, data, model


@FUZZ
@given(value=texts, choice=st.data())
def test_one_field_fuzzed_never_fails_and_stores_nfc(public_form, value, choice):
    portal, url, data, model = public_form
    field = choice.draw(st.sampled_from(sorted(data)))
    ok(visitor(portal).post(url, {**data, field: value}))
    if model is not None:
        assert_nfc(model, portal)


@FUZZ
@given(values=st.lists(texts, min_size=12, max_size=12))
def test_every_field_fuzzed_never_fails(public_form, values):
    portal, url, data, model = public_form
    ok(visitor(portal).post(url, dict(zip(sorted(data), values, strict=False))))
    if model is not None:
        assert_nfc(model, portal)


@pytest.mark.parametrize("encoding", LEGACY_ENCODINGS)
def test_legacy_encoded_bodies_never_fail(public_form, encoding):
    portal, url, data, model = public_form
    body = legacy_body(data, encoding)
    ok(visitor(portal).generic("POST", url, body, content_type="application/x-www-form-urlencoded"))
    # The same body declared as its real charset is decoded by Django, then handled as text.
    declared = "windows-1258" if encoding == "cp1258" else "latin-1"
    ok(
        visitor(portal).generic(
            "POST", url, body, content_type=f"application/x-www-form-urlencoded; charset={declared}"
        )
    )
    if model is not None:
        assert_nfc(model, portal)


# --- search and the filters of listings (GET) ------------------------------------------------------

FILTER_PARAMS = [
    "q", "trang", "page", "loai", "nam", "tat_ca", "truong", "nguon", "co_quan", "linh_vuc", "hieu_luc",
    "type", "subject", "grade", "chuyen-muc", "tuan", "lop", "linh-vuc", "ma", "da-gui", "da-binh-chon", "in", "luu",
]  # fmt: skip


def listing_urls(portal):
    """The search page and every live section and sub-section of the portal: news, documents, Q&A..."""
    from wagtail.models import Page

    with tenant_context(portal):
        sections = [page.url for page in Page.objects.live().public().filter(depth__lte=4) if page.url]
    fixed = ["/tim-kiem/", "/rss/", "/rss/tin-phong/", "/hop-thu-cong-vu/", "/du-lieu-ca-nhan/", "/so-do-cong/", "/en/"]
    return [*fixed, *sections]


@pytest.fixture
def listings(school_a, district):
    return [(school_a, url) for url in listing_urls(school_a)] + [(district, "/tim-kiem/"), (district, "/")]


@FUZZ_GET
@given(value=texts, choice=st.data())
def test_search_and_filters_never_fail(listings, value, choice):
    portal, url = choice.draw(st.sampled_from(listings))
    names = choice.draw(st.lists(st.sampled_from(FILTER_PARAMS), min_size=1, max_size=4, unique=True))
    params = {name: value for name in names}
    if url == "/tim-kiem/" and portal.is_district:
        params["tat_ca"] = "1"
    ok(visitor(portal).get(url, params))


def test_legacy_encoded_query_strings_never_fail(listings):
    for number, (portal, url) in enumerate(listings):
        encoding = LEGACY_ENCODINGS[number % len(LEGACY_ENCODINGS)]  # each listing once, the encodings in turn
        query = legacy_body({name: "Tuyển sinh lớp 6 năm học mới" for name in ("q", "loai", "nam", "trang")}, encoding)
        ok(visitor(portal).get(f"{url}?{query}"))
