"""Demo data of the other online services: Q&A, look-ups, a consultation, admission and an exam.

Everything is created once (found by slug or code) with fixed dates relative to the seeding day, so a
demo visitor finds an open consultation and an open admission; the look-ups hold a few results and
diplomas whose identifiers ``demo_info`` can print (e.g. SBD ``KS0001`` born 05/09/2011).
"""

import datetime

from django.utils import timezone

from procedures.models import (
    AdmissionApplicationPage,
    ConsultationIndexPage,
    ConsultationPage,
    Diploma,
    DiplomaLookupPage,
    ExamCandidate,
    ExamRegistrationPage,
    ExamResult,
    ExamResultLookupPage,
    Question,
    QuestionIndexPage,
)
from procedures.projection import schedule_timeliness
from procedures.scaffold import section

SUBJECTS = ("Toán", "Ngữ văn", "Tiếng Anh")
EXAM_RESULTS = [
    ("KS0001", "Nguyễn Minh Anh", datetime.date(2011, 9, 5), "Phòng 01", ("8,5", "7,75", "9")),
    ("KS0002", "Trần Gia Bảo", datetime.date(2011, 3, 12), "Phòng 01", ("6", "7", "6,5")),
    ("KS0003", "Lê Ngọc Hân", datetime.date(2011, 11, 30), "Phòng 02", ("9,25", "8", "9,5")),
]
DIPLOMAS = [
    ("B0451201", "15/2024", "Nguyễn Thành Công", datetime.date(2009, 2, 14), 2024, "Khá"),
    ("B0451202", "16/2024", "Phạm Thị Thu Trang", datetime.date(2009, 7, 1), 2024, "Giỏi"),
    ("B0398855", "88/2023", "Huỳnh Quốc Việt", datetime.date(2008, 10, 20), 2023, "Trung bình"),
]
QUESTIONS = [
    (
        "HD-DEMO2345",
        "Tuyển sinh",
        "Con tôi sinh tháng 12/2020 thì năm học 2026-2027 có được vào lớp 1 không?",
        "Trẻ sinh năm 2020 đủ 6 tuổi trong năm 2026 nên được tuyển vào lớp 1 năm học 2026-2027.",
    ),
    (
        "HD-DEMO3456",
        "Chuyển trường",
        "Gia đình chuyển nhà giữa học kỳ I thì xin chuyển trường cho con cần giấy tờ gì?",
        "Cần đơn xin chuyển trường, học bạ và giấy giới thiệu của trường cũ; xem thủ tục “Chuyển trường”.",
    ),
]


def _add(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def seed_questions():
    page = QuestionIndexPage.objects.first()
    if page is None:
        return
    for code, topic, body, answer in QUESTIONS:
        if Question.objects.filter(code=code).exists():
            continue
        received = timezone.now() - datetime.timedelta(days=20)
        Question.objects.create(
            page=page, code=code, name="Phụ huynh", contact="(ẩn)", topic=topic, body=body, received_at=received,
            status=Question.Status.ANSWERED, answer=answer, answered_at=received + datetime.timedelta(days=3),
            publish_answer=True,
        )  # fmt: skip
    schedule_timeliness(page)


def seed_lookups():
    exam = ExamResultLookupPage.objects.first()
    if exam is not None and not exam.results.exists():
        ExamResult.objects.bulk_create(
            ExamResult(
                page=exam,
                candidate_number=n,
                full_name=name,
                birth_date=birth,
                room=room,
                scores=[[subject, score] for subject, score in zip(SUBJECTS, scores, strict=True)],
            )
            for n, name, birth, room, scores in EXAM_RESULTS
        )
    diplomas = DiplomaLookupPage.objects.first()
    if diplomas is not None and not diplomas.diplomas.exists():
        Diploma.objects.bulk_create(
            Diploma(page=diplomas, number=n, register_number=r, full_name=name, birth_date=b, year=y, classification=c)
            for n, r, name, b, y, c in DIPLOMAS
        )


def seed_consultation(portal):
    index = ConsultationIndexPage.objects.filter(section_key="lay-y-kien").first()
    if index is None or ConsultationPage.objects.child_of(index).exists():
        return
    now = timezone.now()
    _add(
        index,
        ConsultationPage(
            title="Lấy ý kiến dự thảo Kế hoạch giáo dục nhà trường năm học 2026-2027",
            slug="ke-hoach-giao-duc-2026-2027",
            issue="<p>Nhà trường lấy ý kiến cha mẹ học sinh, giáo viên về dự thảo kế hoạch giáo dục: thời gian "
            "biểu, các hoạt động trải nghiệm, câu lạc bộ.</p>",
            questions="<ul><li>Giờ vào học buổi sáng có phù hợp?</li><li>Đề xuất câu lạc bộ mới?</li></ul>",
            receiving_address=portal.address or "Văn phòng nhà trường",
            receiving_email=portal.email or "vanthu@ptdm.edu.vn",
            deadline=now + datetime.timedelta(days=14),
        ),
    )
    _add(
        index,
        ConsultationPage(
            title="Lấy ý kiến về đồng phục học sinh",
            slug="dong-phuc-hoc-sinh",
            issue="<p>Lấy ý kiến về mẫu đồng phục mới.</p>",
            receiving_address=portal.address or "Văn phòng nhà trường",
            receiving_email=portal.email or "vanthu@ptdm.edu.vn",
            deadline=now - datetime.timedelta(days=30),
            summary="<p>Nhà trường nhận 86 ý kiến; 71 ý kiến đồng ý với mẫu số 2. Mẫu số 2 được chọn.</p>",
            summary_published=True,
        ),
    )


def seed_admission(portal):
    index = section()
    if index is None or AdmissionApplicationPage.objects.child_of(index).exists():
        return
    grade = {"mn": "mam_non", "th": "lop_1"}.get(portal.level, "lop_6")
    now = timezone.now()
    _add(
        index,
        AdmissionApplicationPage(
            title="Đăng ký xét tuyển trực tuyến năm học 2026-2027",
            slug="dang-ky-xet-tuyen",
            school_year="2026-2027",
            grade=grade,
            intro="<p>Cha mẹ học sinh đăng ký trực tuyến, ghi lại mã hồ sơ để tra cứu kết quả.</p>",
            opens_at=now - datetime.timedelta(days=2),
            closes_at=now + datetime.timedelta(days=30),
        ),
    )


def seed_exam(portal):
    """A school contest with two confirmed, numbered candidates and its results in the look-up."""
    index = section()
    if index is None or ExamRegistrationPage.objects.child_of(index).exists():
        return
    now = timezone.now()
    page = _add(
        index,
        ExamRegistrationPage(
            title="Đăng ký Hội thi Tin học trẻ cấp trường năm 2026",
            slug="hoi-thi-tin-hoc-tre",
            intro="<p>Dành cho học sinh yêu thích tin học; thi trên máy tính, 90 phút.</p>",
            exam_date=(now + datetime.timedelta(days=21)).date(),
            place="Phòng máy tính, " + (portal.address or "nhà trường"),
            opens_at=now - datetime.timedelta(days=3),
            closes_at=now + datetime.timedelta(days=10),
            number_prefix="KS",
            candidates_published=True,
            results_page=ExamResultLookupPage.objects.first(),
        ),
    )
    for number, name, birth, room, _scores in EXAM_RESULTS[:2]:
        ExamCandidate.objects.create(
            page=page, code=f"DT-DEMO{number[-4:]}", full_name=name, birth_date=birth, school=portal.name,
            class_name="9A1", phone="(ẩn)", status=ExamCandidate.Status.CONFIRMED, candidate_number=number, room=room,
        )  # fmt: skip


def seed_services(portal):
    seed_questions()
    seed_lookups()
    seed_consultation(portal)
    if portal.is_school:
        seed_admission(portal)
        seed_exam(portal)
