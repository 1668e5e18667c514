"""Demo content of "Tuyển sinh": a 2026-2027 plan for every portal, a notice and ~40 candidates per school.

Idempotent: pages are found by slug and republished only when a field differs;
the candidate list is replaced only when it differs. Names come from a
generator seeded with the portal's schema name (stable whatever other seeders
draw from the shared ``rng``).
"""

import datetime
import random
import zoneinfo

from django.db import transaction
from wagtail.blocks import StreamValue
from wagtail.rich_text import RichText

from portal.enrollment.models import (
    AdmissionNoticePage,
    Candidate,
    CandidateImport,
    EnrollmentIndexPage,
    EnrollmentPlanPage,
)
from portal.enrollment.search import search_key

HCM = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
YEAR = "2026-2027"
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Phan"]
BOY_MIDDLE = ["Văn", "Minh", "Gia", "Quốc", "Đức", "Hoàng", "Anh", "Thành", "Nhật"]
BOY_GIVEN = ["An", "Bảo", "Khang", "Phúc", "Huy", "Khoa", "Nam", "Quân", "Tín", "Đạt", "Lâm", "Vinh", "Hưng", "Duy"]
GIRL_MIDDLE = ["Thị", "Ngọc", "Bảo", "Gia", "Khánh", "Minh", "Thảo", "Phương", "Quỳnh"]
GIRL_GIVEN = ["Anh", "Ngân", "Vy", "Trâm", "Hân", "My", "Nhi", "Thư", "Linh", "Châu", "Như", "Uyên", "Yến", "Hà"]
PRIMARY_SCHOOLS = [
    "Trường Tiểu học Phú Hòa 1",
    "Trường Tiểu học Phú Hòa 2",
    "Trường Tiểu học Hiệp Thành",
    "Trường Tiểu học Phú Cường",
    "Trường Tiểu học Chánh Nghĩa",
]
PRESCHOOLS = ["Trường Mầm non Hoa Mai", "Trường Mầm non Hoa Hồng", "Trường Mầm non 19/5", "Trường Mầm non Sơn Ca"]

# level -> (notice title, target group, quota, detail, form, grades offered as (note, birth year, previous schools))
OFFERS = {
    "mn": ("Thông báo tuyển sinh trẻ mầm non năm học 2026-2027",
           "<p>Trẻ em từ 18 tháng tuổi đến 5 tuổi (sinh từ năm 2021 đến năm 2024) cư trú trên địa bàn phường "
           "Phú Hòa; ưu tiên trẻ 5 tuổi chưa đến trường.</p>",
           120, "4 nhóm nhà trẻ, 8 lớp mẫu giáo", "xet_tuyen", [("", 2021, []), ("", 2022, []), ("", 2023, [])]),
    "th": ("Thông báo tuyển sinh lớp 1 năm học 2026-2027",
           "<p>Trẻ em sinh năm 2020 (6 tuổi) cư trú trên địa bàn phường Phú Hòa theo phân tuyến của "
           "Ủy ban nhân dân thành phố.</p>", 315, "9 lớp, tối đa 35 học sinh/lớp", "xet_tuyen",
           [("", 2020, PRESCHOOLS)]),
    "thcs": ("Thông báo tuyển sinh lớp 6 năm học 2026-2027",
             "<p>Học sinh đã hoàn thành chương trình tiểu học, sinh năm 2015, cư trú trên địa bàn phường "
             "Hiệp Thành và phường Phú Hòa theo phân tuyến.</p>", 450, "10 lớp, tối đa 45 học sinh/lớp",
             "xet_tuyen", [("", 2015, PRIMARY_SCHOOLS)]),
    "ththcs": ("Thông báo tuyển sinh lớp 1 và lớp 6 năm học 2026-2027",
               "<p>Trẻ em sinh năm 2020 vào lớp 1; học sinh đã hoàn thành chương trình tiểu học, sinh năm 2015, "
               "vào lớp 6. Trường ngoài công lập, nhận học sinh trên địa bàn toàn thành phố.</p>",
               140, "2 lớp 1, 2 lớp 6, tối đa 35 học sinh/lớp", "ket_hop",
               [("Lớp 1", 2020, PRESCHOOLS), ("Lớp 6", 2015, PRIMARY_SCHOOLS)]),
}  # fmt: skip


def child_name(rng, girl):
    middle, given = (GIRL_MIDDLE, GIRL_GIVEN) if girl else (BOY_MIDDLE, BOY_GIVEN)
    return f"{rng.choice(FAMILY)} {rng.choice(middle)} {rng.choice(given)}"


def candidate_rows(rng, grades, count=40):
    rows = []
    for number in range(1, count + 1):
        note, year, schools = grades[(number - 1) * len(grades) // count]
        girl = rng.random() < 0.5
        birth = datetime.date(year, 1, 1) + datetime.timedelta(days=rng.randrange(365))
        result = "Trúng tuyển" if rng.random() < 0.95 else "Bổ sung hồ sơ"
        rows.append(
            (
                number,
                child_name(rng, girl),
                birth,
                "nu" if girl else "nam",
                rng.choice(schools) if schools else "",
                result,
                note,
            )
        )
    return rows


def _sync(page, values):
    """Set ``values`` and publish a revision only when one differs (keeps seed_demo idempotent)."""
    changed = {key: value for key, value in values.items() if _comparable(getattr(page, key)) != _comparable(value)}
    if changed:
        for key, value in changed.items():
            setattr(page, key, value)
        page.full_clean()
        page.save_revision().publish()


def _comparable(value):
    """Stream values compare by their blocks' types and sources, not by block ids."""
    if isinstance(value, StreamValue):
        return [(child.block_type, getattr(child.value, "source", child.value)) for child in value]
    if isinstance(value, list):
        return [(kind, getattr(item, "source", item)) for kind, item in value]
    return value


def _child(index, model, slug, values):
    page = model.objects.child_of(index).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, **values)
        index.add_child(instance=page)
        page.save_revision().publish()
        return page
    _sync(page, values)
    return page


def plan_values(portal):
    if portal.is_district:
        title = "Kế hoạch tuyển sinh mầm non, lớp 1, lớp 6 năm học 2026-2027 trên địa bàn thành phố"
        summary = (
            "Phòng GD&ĐT hướng dẫn các trường tuyển sinh đầu cấp đúng độ tuổi, đúng tuyến, "
            "công khai chỉ tiêu và kết quả trên cổng thông tin điện tử."
        )
    else:
        title = "Kế hoạch tuyển sinh năm học 2026-2027"
        summary = f"Kế hoạch tuyển sinh năm học 2026-2027 của {portal.name}: chỉ tiêu, đối tượng, lịch tuyển sinh."
    basis = (
        "<p>Hướng dẫn công tác tuyển sinh đầu cấp năm học 2026-2027 của Bộ Giáo dục và Đào tạo và Sở Giáo dục "
        "và Đào tạo tỉnh Bình Dương"
    )
    if portal.is_district or portal.level in ("thcs", "ththcs"):
        basis += "; Thông tư số 30/2024/TT-BGDĐT ban hành Quy chế tuyển sinh trung học cơ sở và trung học phổ thông"
    basis += ".</p>"
    body = [
        ("heading", "Căn cứ"),
        ("paragraph", RichText(basis)),
        ("heading", "Nguyên tắc"),
        ("paragraph", RichText(
            "<ul><li>Tuyển sinh đúng độ tuổi, đúng tuyến theo nơi cư trú.</li>"
            "<li>Công khai chỉ tiêu, hồ sơ, thời gian và kết quả tuyển sinh.</li>"
            "<li>Ưu tiên đăng ký trực tuyến; cha mẹ học sinh đồng ý xử lý dữ liệu cá nhân của con "
            "theo Luật Bảo vệ dữ liệu cá nhân.</li></ul>")),
    ]  # fmt: skip
    return {"title": title, "school_year": YEAR, "summary": summary, "body": body}


FORM_TITLE = "Mẫu đơn đăng ký dự tuyển năm học 2026-2027"


def registration_form_document(portal):
    """The registration form the demo notice's dossier asks for ("theo mẫu"), as a one-page PDF."""
    from wagtail.documents import get_document_model

    from demo.pdf import Line, make_pdf
    from documents.storage import store_document

    existing = get_document_model().objects.filter(title=FORM_TITLE).first()
    if existing is not None:
        return existing
    lines = [
        Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 11, "center"),
        Line("Độc lập - Tự do - Hạnh phúc", 11, "center"),
        Line(""),
        Line("ĐƠN ĐĂNG KÝ DỰ TUYỂN", 14, "center"),
        Line(f"Năm học {YEAR}", 12, "center"),
        Line(""),
        Line(f"Kính gửi: Hiệu trưởng {portal.name}"),
        Line("Họ và tên cha (mẹ) hoặc người giám hộ: ..............................................."),
        Line("Điện thoại liên hệ: ....................................................................."),
        Line("Họ và tên học sinh: ......................................  Ngày sinh: ....../....../......"),
        Line("Nơi cư trú: ............................................................................."),
        Line("Đã học tại trường: ......................................................................"),
        Line("Tôi cam kết thực hiện đúng quy định tuyển sinh của nhà trường."),
        Line(""),
        Line("Người làm đơn (ký, ghi rõ họ tên)", 11, "center"),
        Line(""),
        Line("Bản điện tử minh họa (dữ liệu mẫu của cổng thông tin).", 9),
    ]
    return store_document(FORM_TITLE, "mau-don-dang-ky-du-tuyen.pdf", make_pdf([lines], title=FORM_TITLE))


def notice_values(portal):
    title, target, quota, detail, form, _grades = OFFERS.get(portal.level or "thcs", OFFERS["thcs"])
    exam = datetime.date(2026, 7, 18) if form == "ket_hop" else None
    return {
        "title": title, "school_year": YEAR, "target_group": target, "quota": quota, "quota_detail": detail,
        "admission_form": form,
        "conditions": "<p>Có đủ hồ sơ hợp lệ; đăng ký đúng thời gian quy định.</p>",
        "dossier": "<ul><li>Đơn đăng ký dự tuyển (theo mẫu, đăng ký trực tuyến hoặc nộp trực tiếp).</li>"
                   "<li>Bản sao giấy khai sinh hợp lệ.</li>"
                   "<li>Học bạ hoặc giấy xác nhận hoàn thành chương trình (nếu có).</li></ul>",
        "registration_opens": datetime.datetime(2026, 7, 1, 7, 0, tzinfo=HCM),
        "registration_closes": datetime.datetime(2026, 7, 15, 17, 0, tzinfo=HCM),
        "exam_date": exam, "result_date": datetime.date(2026, 7, 25),
        "place": f"Văn phòng {portal.name}, {portal.address}"[:255],
        "registration_form": registration_form_document(portal),
    }  # fmt: skip


def sync_candidates(notice, rows):
    fields = ("number", "full_name", "birth_date", "gender", "previous_school", "result", "note")
    if list(notice.candidates.values_list(*fields)) == rows:
        return
    with transaction.atomic():
        notice.candidates.all().delete()
        Candidate.objects.bulk_create(
            [
                Candidate(notice=notice, search_key=search_key(row[1]), **dict(zip(fields, row, strict=True)))
                for row in rows
            ]
        )
        CandidateImport.objects.create(notice=notice, file_name="du-lieu-mau.xlsx", row_count=len(rows))


def seed_enrollment(portal, demo, rng):
    index = EnrollmentIndexPage.objects.filter(section_key="tuyen-sinh").first()
    if index is None:
        return
    hotline = f"<p>Đường dây nóng tuyển sinh: {portal.phone}. Thư điện tử: {portal.email}.</p>"
    _sync(index, {"intro": hotline})
    _child(index, EnrollmentPlanPage, "ke-hoach-tuyen-sinh-2026-2027", plan_values(portal))
    if portal.is_district:
        return
    notice = _child(index, AdmissionNoticePage, "thong-bao-tuyen-sinh-2026-2027", notice_values(portal))
    local = random.Random(f"enrollment:{portal.schema_name}")  # noqa: S311  # nosec B311 - demo names
    grades = OFFERS.get(portal.level or "thcs", OFFERS["thcs"])[5]
    sync_candidates(notice, candidate_rows(local, grades))
