"""Demo content of "Giới thiệu": functions, history, organization chart and leaders of every demo portal.

Idempotent: the desired state is computed, compared with the live page, and a
revision is published only when something differs. Names come from a generator
seeded with the portal's schema name, so they stay the same whatever other
seeders draw from the shared ``rng``.
"""

import random

from mailaccounts.naming import person_user_part
from portal.organization.models import LeaderContact, OrganizationPage, OrgMember, OrgUnit

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
MIDDLE_F = ["Thị", "Thị Thu", "Thị Ngọc", "Thị Kim", "Thị Minh", "Thị Thanh", "Ngọc", "Thanh"]
MIDDLE_M = ["Văn", "Minh", "Quốc", "Thanh", "Hữu", "Đức", "Công", "Hoàng"]
GIVEN_F = ["Hà", "Lan", "Hương", "Trang", "Mai", "Thảo", "Hạnh", "Loan", "Nhung", "Tuyết", "Yến", "Phượng", "Diễm"]
GIVEN_M = ["Hùng", "Dũng", "Tuấn", "Phong", "Nam", "Sơn", "Thắng", "Khoa", "Tâm", "Lợi", "Hải", "Tài", "Trung"]

SUBJECT_GROUPS = {
    "mn": ["Tổ Nhà trẻ", "Tổ Mẫu giáo bé", "Tổ Mẫu giáo nhỡ", "Tổ Mẫu giáo lớn", "Tổ Nuôi dưỡng"],
    "th": ["Tổ chuyên môn khối 1", "Tổ chuyên môn khối 2", "Tổ chuyên môn khối 3",
           "Tổ chuyên môn khối 4", "Tổ chuyên môn khối 5"],
    "thcs": ["Tổ Toán - Tin", "Tổ Ngữ văn", "Tổ Khoa học tự nhiên", "Tổ Khoa học xã hội", "Tổ Ngoại ngữ"],
    "ththcs": ["Tổ Tiểu học khối 1 - 2", "Tổ Tiểu học khối 3 - 5", "Tổ Toán - Khoa học tự nhiên",
               "Tổ Ngữ văn - Khoa học xã hội", "Tổ Ngoại ngữ - Nghệ thuật"],
}  # fmt: skip

CHARTERS = {
    "mn": "Điều lệ Trường mầm non (Văn bản hợp nhất số 04/VBHN-BGDĐT năm 2015)",
    "th": "Điều lệ Trường tiểu học ban hành kèm theo Thông tư số 28/2020/TT-BGDĐT",
    "thcs": "Điều lệ trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học "
    "ban hành kèm theo Thông tư số 32/2020/TT-BGDĐT",
    "ththcs": "Điều lệ Trường tiểu học (Thông tư số 28/2020/TT-BGDĐT) và Điều lệ trường trung học "
    "(Thông tư số 32/2020/TT-BGDĐT)",
}


def person(rng, female=None):
    """A believable Vietnamese full name."""
    female = rng.random() < 0.7 if female is None else female
    middle, given = (MIDDLE_F, GIVEN_F) if female else (MIDDLE_M, GIVEN_M)
    return f"{rng.choice(FAMILY)} {rng.choice(middle)} {rng.choice(given)}"


def official_email(full_name, unit):
    """``tuyetnta.donvi@ptdm.edu.vn``: the registration rule (mailaccounts.naming), as the approved list gives it."""
    return f"{person_user_part(full_name)}.{unit}@ptdm.edu.vn"


def school_content(portal, demo, rng):
    level = portal.level or "thcs"
    unit = (portal.email or "").split("@")[0] or portal.schema_name
    principal = demo.principal or person(rng)
    deputies = [person(rng) for _ in range(1 if level == "mn" else 2)]
    founded = rng.choice([1976, 1985, 1994, 2003, 2010])
    groups = SUBJECT_GROUPS.get(level, SUBJECT_GROUPS["thcs"])
    youth = {"mn": "Chi đoàn giáo viên", "th": "Liên đội Thiếu niên Tiền phong Hồ Chí Minh"}.get(
        level, "Đoàn - Đội (Chi đoàn, Liên đội)"
    )
    units = [
        ("Hội đồng trường", "", "Quyết nghị mục tiêu, chiến lược, kế hoạch phát triển của trường."),
        ("Ban Giám hiệu", "Hội đồng trường", "Quản lý, điều hành mọi hoạt động của nhà trường."),
        *[(name, "Ban Giám hiệu", "") for name in groups],
        ("Tổ Văn phòng", "Ban Giám hiệu", "Văn thư, kế toán, thủ quỹ, y tế học đường, thư viện, thiết bị."),
        ("Công đoàn cơ sở", "Ban Giám hiệu", "Chăm lo, bảo vệ quyền lợi hợp pháp của người lao động."),
        (youth, "Ban Giám hiệu", "Tổ chức hoạt động phong trào, giáo dục kỹ năng sống."),
    ]
    members = [("Hội đồng trường", "Chủ tịch", principal), ("Ban Giám hiệu", "Hiệu trưởng", principal)]
    members += [("Ban Giám hiệu", "Phó Hiệu trưởng", name) for name in deputies]
    for name in groups:
        members += [(name, "Tổ trưởng", person(rng)), (name, "Tổ phó", person(rng))]
    members += [("Tổ Văn phòng", "Tổ trưởng", person(rng)), ("Công đoàn cơ sở", "Chủ tịch", person(rng))]
    members += [(youth, "Tổng phụ trách Đội" if level != "mn" else "Bí thư", person(rng))]
    duties = [
        "Phụ trách chung; tổ chức bộ máy, tài chính, cơ sở vật chất; Trưởng Ban Biên tập cổng thông tin.",
        "Phụ trách chuyên môn, kiểm định chất lượng giáo dục, tuyển sinh.",
        "Phụ trách cơ sở vật chất, bán trú, công tác y tế học đường và an ninh trường học.",
    ]
    leaders = [("Hiệu trưởng", principal, duties[0])]
    leaders += [("Phó Hiệu trưởng", name, duties[1 + i]) for i, name in enumerate(deputies)]
    fields = {
        "functions": (
            f"<p>{portal.name} là cơ sở giáo dục công lập thuộc hệ thống giáo dục quốc dân, hoạt động theo "
            f"{CHARTERS.get(level, CHARTERS['thcs'])}.</p>"
            "<ul><li>Tổ chức giảng dạy, học tập và các hoạt động giáo dục đạt chất lượng theo chương trình "
            "giáo dục của Bộ Giáo dục và Đào tạo.</li>"
            "<li>Quản lý giáo viên, nhân viên và người học; huy động trẻ, học sinh đến trường trong độ tuổi.</li>"
            "<li>Quản lý, sử dụng đất đai, cơ sở vật chất, tài chính theo quy định.</li>"
            "<li>Thực hiện công khai về cam kết chất lượng, điều kiện bảo đảm chất lượng và tài chính.</li>"
            "</ul>"
        ),
        "history": (
            f"<p>Trường được thành lập năm {founded} theo quyết định của Ủy ban nhân dân thị xã Thủ Dầu Một "
            "(nay là thành phố Thủ Dầu Một). Qua nhiều giai đoạn, trường đã được đầu tư xây dựng khang trang, "
            "đạt chuẩn quốc gia mức độ 1 năm 2018 và đạt kiểm định chất lượng giáo dục cấp độ 2.</p>"
            "<p>Tập thể sư phạm nhà trường nhiều năm liền đạt danh hiệu Tập thể lao động tiên tiến; "
            "được Ủy ban nhân dân tỉnh Bình Dương tặng Bằng khen năm học 2023-2024.</p>"
        ),
    }
    contacts = [
        {
            "position": title,
            "full_name": name,
            "phone": portal.phone,
            "email": official_email(name, unit),
            "duties": text,
        }
        for title, name, text in leaders
    ]
    return fields, units, members, contacts


def district_content(portal, demo, rng):
    head = demo.principal or person(rng, female=False)
    deputies = [person(rng), person(rng, female=False)]
    sections = [
        ("Bộ phận Tổ chức - Hành chính", "Tổ chức cán bộ, thi đua khen thưởng, văn thư lưu trữ."),
        ("Bộ phận Giáo dục Mầm non", "Chỉ đạo chuyên môn các trường mầm non, nhóm trẻ độc lập."),
        ("Bộ phận Giáo dục Tiểu học", "Chỉ đạo chuyên môn các trường tiểu học."),
        ("Bộ phận Giáo dục Trung học cơ sở", "Chỉ đạo chuyên môn các trường THCS, TH-THCS."),
        ("Bộ phận Kế hoạch - Tài chính", "Kế hoạch, ngân sách, cơ sở vật chất trường học."),
        ("Bộ phận Khảo thí và Kiểm định chất lượng", "Thi, tuyển sinh, kiểm định chất lượng, phổ cập giáo dục."),
        ("Bộ phận Công nghệ thông tin", "Cổng thông tin điện tử, hộp thư @ptdm.edu.vn, chuyển đổi số."),
    ]
    units = [("Lãnh đạo Phòng", "", "Trưởng phòng và các Phó Trưởng phòng.")]
    units += [(name, "Lãnh đạo Phòng", text) for name, text in sections]
    members = [("Lãnh đạo Phòng", "Trưởng phòng", head)]
    members += [("Lãnh đạo Phòng", "Phó Trưởng phòng", name) for name in deputies]
    members += [(name, "Phụ trách", person(rng)) for name, _ in sections]
    duties = [
        "Phụ trách chung; tổ chức cán bộ, tài chính; Trưởng Ban Biên tập cổng thông tin.",
        "Phụ trách giáo dục mầm non, tiểu học; phổ cập giáo dục, xóa mù chữ.",
        "Phụ trách giáo dục trung học cơ sở, khảo thí, tuyển sinh, công nghệ thông tin.",
    ]
    contacts = [
        {
            "position": title,
            "full_name": name,
            "phone": portal.phone,
            "email": official_email(name, "pgddt"),
            "duties": text,
        }
        for title, name, text in [("Trưởng phòng", head, duties[0])]
        + [("Phó Trưởng phòng", name, duties[1 + i]) for i, name in enumerate(deputies)]
    ]
    fields = {
        "functions": (
            "<p>Phòng Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân thành phố, tham mưu, giúp "
            "Ủy ban nhân dân thành phố thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn, "
            "theo hướng dẫn tại Thông tư số 12/2020/TT-BGDĐT.</p>"
            "<ul><li>Trình Ủy ban nhân dân thành phố kế hoạch phát triển giáo dục hằng năm và 5 năm.</li>"
            "<li>Hướng dẫn, kiểm tra các cơ sở giáo dục mầm non, tiểu học, trung học cơ sở.</li>"
            "<li>Tổ chức tuyển sinh đầu cấp, phổ cập giáo dục, xóa mù chữ; thống kê, báo cáo.</li></ul>"
        ),
        "history": (
            "<p>Phòng Giáo dục và Đào tạo thị xã Thủ Dầu Một được thành lập năm 1976; từ năm 2012 là Phòng "
            "Giáo dục và Đào tạo thành phố Thủ Dầu Một, quản lý các trường mầm non, tiểu học và trung học "
            "cơ sở trên địa bàn 14 phường.</p>"
        ),
    }
    return fields, units, members, contacts


def _rows(manager, keys):
    return [{key: getattr(obj, key) for key in keys} for obj in manager.all()]


def seed_organization(portal, demo, rng):
    page = OrganizationPage.objects.filter(section_key="gioi-thieu").first()
    if page is None:
        return
    local = random.Random(f"organization:{portal.schema_name}")  # noqa: S311  # nosec B311 - demo names
    build = district_content if portal.is_district else school_content
    fields, units, members, contacts = build(portal, demo, local)
    children = {
        "org_units": (OrgUnit, [{"name": n, "parent_name": p, "description": d} for n, p, d in units]),
        "org_members": (OrgMember, [{"unit_name": u, "position": p, "full_name": f} for u, p, f in members]),
        "leaders": (LeaderContact, contacts),
    }
    changed = any(getattr(page, key) != value for key, value in fields.items())
    for relation, (_model, rows) in children.items():
        changed = changed or _rows(getattr(page, relation), list(rows[0])) != rows
    if not changed:
        return
    for key, value in fields.items():
        setattr(page, key, value)
    for relation, (model, rows) in children.items():
        setattr(page, relation, [model(sort_order=index, **row) for index, row in enumerate(rows)])
    page.full_clean()
    page.save_revision().publish()
