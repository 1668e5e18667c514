"""Demo disclosure: every school has a complete 2025-2026 year (Thông tư 09/2024) and a 2023-2024 archive
(Biểu mẫu of Thông tư 36/2017); the figures agree with the school's yearbook (:mod:`demo.yearbook`).

Publication dates are set as a school that kept its deadlines would have them (June 2025 for the year,
the Friday before each week's menu, the 20th before each month's plan), so the states are "on time";
THCS Nguyễn Viết Xuân recorded a change of its fees in January 2026 and never published it: the one
overdue item of the demo. The supervising body's calendar table gets the swapped day off of
January 2026 that the holiday library misses.

Idempotent: a year that already has its page is left as it is (published items are never deleted).
"""

import datetime
import random

from django.core.files.base import ContentFile
from django.utils import timezone
from django_tenants.utils import schema_context
from wagtail.documents import get_document_model

from demo.pdf import Line, make_pdf
from demo.yearbook import demo_rows
from disclosure import catalogue
from disclosure.blocks import TABLE_BLOCKS, share
from disclosure.deadlines import recurring_due, school_year_periods
from disclosure.models import (
    DisclosureAttachment,
    DisclosureEntry,
    DisclosureIndexPage,
    DisclosureItemPage,
    DisclosurePublication,
    DisclosureYearPage,
    PeriodPublication,
)
from disclosure.projection import SNAPSHOT_KEY
from portal.workdays.models import DayAdjustment
from tenants.projections import rebuild

CURRENT, ARCHIVE = "2025-2026", "2023-2024"
OVERDUE_SCHEMA = "thcsnguyenvietxuantdm"
OVERDUE_CODE, OVERDUE_CHANGE = "tt09-5-2", datetime.date(2026, 1, 5)
NO_MEALS = {"thcsnguyenvietxuantdm"}  # a THCS without boarding meals: no weekly menu
MINIMUM_AREA = {"mn": "12.0", "th": "10.0", "thcs": "10.0", "ththcs": "10.0"}  # m² per child/student, as entered
CALENDAR_TABLE = [
    (datetime.date(2026, 1, 2), DayAdjustment.Kind.DAY_OFF, "Nghỉ bù Tết Dương lịch 2026", "Thông báo của Bộ Nội vụ"),
]
DISHES = [
    "cơm, canh bí đỏ nấu tôm, thịt kho trứng", "cơm, canh rau ngót, cá basa sốt cà", "bún riêu cua, chuối",
    "cơm, canh cải nấu thịt, gà kho gừng", "phở bò, sữa chua", "cơm, canh chua cá lóc, đậu hũ sốt cà",
    "nui xào bò, canh khoai mỡ", "cơm, canh bầu nấu tôm, thịt rim", "cháo gà, bánh flan",
]  # fmt: skip
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu"]


def at(day, hour=8):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, 0)))


def seed_calendar():
    """The supervising body's table (public schema): what the notices say and the library lacks."""
    with schema_context("public"):
        for day, kind, name, basis in CALENDAR_TABLE:
            DayAdjustment.objects.get_or_create(date=day, defaults={"kind": kind, "name": name, "basis": basis})


def demo_document(title, lines, slug):
    pdf = make_pdf([[Line(title.upper(), 13, "center"), Line(""), *[Line(text) for text in lines]]], title=title)
    document = get_document_model()(title=title)
    document.file.save(f"{slug}.pdf", ContentFile(pdf), save=True)
    return document


# --- figures, from the school's yearbook --------------------------------------------------------------


def staff_table(row, rng):
    rows = []
    for position, total in (("Cán bộ quản lý", 3), ("Giáo viên", row["teachers"]), ("Nhân viên", row["staff"] - 3)):
        below = 1 if total > 20 else 0
        above = round(total * rng.uniform(0.55, 0.8))
        meets = total - below
        rows.append({
            "position": position, "total": total, "above_standard": above, "at_standard": total - above - below,
            "below_standard": below, "meets_professional": meets,
            "meets_professional_percent": str(share(meets, total)), "trained_percent": "100.0",
        })  # fmt: skip
    return {"rows": rows, "note": "Số liệu tại thời điểm đầu năm học."}


def facilities(row, level):
    rooms_label = "Phòng nuôi dưỡng, chăm sóc, giáo dục trẻ" if level == "mn" else "Phòng học"
    return {
        "land_area": row["land_area"], "sites": 1, "learners": row["students"],
        "minimum_per_learner": MINIMUM_AREA.get(level, "10.0"),
        "rooms": [
            {"name": rooms_label, "available": row["rooms"], "required": row["classes"]},
            {"name": "Phòng chức năng, phòng bộ môn", "available": row["functional_rooms"], "required": None},
            {"name": "Khối phòng hành chính quản trị", "available": 4, "required": 4},
            {"name": "Bếp ăn" if level == "mn" else "Thư viện", "available": 1, "required": 1},
        ],
    }  # fmt: skip


def equipment(level, rng):
    names = (
        ["Đồ dùng, đồ chơi trong lớp", "Đồ chơi ngoài trời", "Thiết bị dạy học tối thiểu theo độ tuổi"]
        if level == "mn"
        else ["Thiết bị dạy học tối thiểu các môn", "Thiết bị phòng bộ môn", "Máy tính, thiết bị trình chiếu"]
    )
    rows = []
    for name in names:
        required = rng.randint(20, 60)
        available = required - rng.randint(0, 3)
        rows.append({"name": name, "required": required, "available": available,
                     "percent": str(share(available, required))})  # fmt: skip
    return {"rows": rows}


def finance(row, rng):
    budget = row["teachers"] * 150_000_000 + rng.randint(1, 9) * 10_000_000
    services = row["students"] * 1_200_000
    other = rng.randint(5, 30) * 1_000_000
    salaries = round(budget * 0.82 / 1_000_000) * 1_000_000
    support = services - rng.randint(1, 5) * 1_000_000
    facilities_spent = budget - salaries
    return {
        "year": 2024,
        "income": [{"name": "Ngân sách nhà nước", "amount": budget},
                   {"name": "Thu dịch vụ (bán trú, chăm sóc)", "amount": services},
                   {"name": "Tài trợ, nguồn khác", "amount": other}],
        "income_total": budget + services + other,
        "expenditure": [{"name": "Tiền lương và thu nhập", "amount": salaries},
                        {"name": "Cơ sở vật chất và dịch vụ", "amount": facilities_spent},
                        {"name": "Hỗ trợ người học (bán trú)", "amount": support}],
        "expenditure_total": salaries + facilities_spent + support,
        "funds_balance": services + other - support,
    }  # fmt: skip


def fees(level):
    meal = 32_000 if level == "mn" else 30_000
    return {"rows": [
        {"name": "Học phí", "unit": "đồng/tháng", "amount": 0,
         "planned": "Miễn học phí cho trẻ em, học sinh trường công lập từ năm học 2025-2026"},
        {"name": "Tiền ăn bán trú", "unit": "đồng/ngày", "amount": meal, "planned": "Theo giá thực phẩm từng năm"},
        {"name": "Nước uống", "unit": "đồng/tháng", "amount": 15_000, "planned": "Không đổi"},
    ]}  # fmt: skip


def preschool_results(row):
    children = row["students"]
    return {
        "children": children, "groups": row["classes"], "mixed_age_groups": 0, "two_sessions": children,
        "meals": children, "growth_tracked": children, "health_checked": children,
        "age5_completed": row.get("students_mg5") or 0, "disabled": 2,
    }  # fmt: skip


def school_results(row, level, rng):
    rows = []
    for key, count in sorted(
        ((k, v) for k, v in row.items() if k.startswith("students_g")), key=lambda kv: int(kv[0][10:])
    ):
        grade = key.removeprefix("students_g")
        best, good = round(count * rng.uniform(0.3, 0.4)), round(count * rng.uniform(0.35, 0.45))
        weak = rng.randint(0, 3)
        rows.append({
            "grade": grade, "classes": max(1, round(count / 40)), "students": count, "girls": round(count * 0.48),
            "ethnic_minority": rng.randint(0, 4), "disabled": rng.randint(0, 2), "two_sessions": count,
            "rating_1": best, "rating_2": good, "rating_3": count - best - good - weak, "rating_4": weak,
            "promoted": count - weak,
        })  # fmt: skip
    return {"rows": rows}


def table_for(item, portal, rows_by_year, rng):
    level = portal.level or "thcs"
    current, previous = rows_by_year[CURRENT], rows_by_year["2024-2025"]
    values = {
        catalogue.STAFF: lambda: staff_table(current, rng),
        catalogue.FACILITIES: lambda: facilities(current, level),
        catalogue.EQUIPMENT: lambda: equipment(level, rng),
        catalogue.FINANCE: lambda: finance(previous, rng),
        catalogue.FEES: lambda: fees(level),
        catalogue.RESULTS_MN: lambda: preschool_results(previous),
        catalogue.RESULTS_SCHOOL: lambda: school_results(previous, level, rng),
    }
    if not item.table:
        return []
    block = dict(TABLE_BLOCKS)[item.table]
    value = block.to_python(values[item.table]())
    block.clean(value)  # the demo's figures pass the same checks as an editor's
    return [(item.table, value)]


# --- pages ------------------------------------------------------------------------------------------


def body_for(item, portal):
    points = "".join(f"<li>{text}</li>" for text in item.contents)
    return f"<p>{portal.name} công khai theo {item.basis}:</p><ul>{points}</ul>"


def entries_for(item, rng):
    entries = []
    for start in school_year_periods(item.rule, CURRENT):
        if item.rule == catalogue.MONTHLY:
            content = f"Chủ đề tháng {start.month:02d}: {rng.choice(['Trường mầm non của bé', 'Gia đình', 'Thế giới động vật', 'Mùa xuân', 'Giao thông', 'Quê hương – Đất nước', 'Bé với nghề nghiệp', 'Thực vật', 'Bé vào lớp 1'])}"  # noqa: E501
        elif "thuc-don" in item.code:
            content = "\n".join(f"{day}: {rng.choice(DISHES)}" for day in WEEKDAYS)
        else:
            content = "Hoạt động học, hoạt động góc, hoạt động ngoài trời theo kế hoạch tuần; kế hoạch ngày kèm theo."
        entries.append(DisclosureEntry(period_start=start, content=content))
    return entries


def publish(year, item, portal, rows_by_year, rng, day, *, documents=True):
    page = DisclosureItemPage(
        title=item.title, slug=item.slug, item_code=item.code, first_published_at=at(day),
        body=body_for(item, portal), tables=table_for(item, portal, rows_by_year, rng) if rows_by_year else [],
    )  # fmt: skip
    if item.recurring:
        page.entries = entries_for(item, rng)
    if item.document and documents:
        title = f"{item.title} – {portal.name} năm học {year.school_year}"
        document = demo_document(title, [f"Căn cứ {item.basis}.", *item.contents, "Bản điện tử minh họa."],
                                 f"{item.slug}-{year.school_year}")  # fmt: skip
        page.attachments = [DisclosureAttachment(document=document, title=f"{item.title} (bản có chữ ký, PDF)")]
    year.add_child(instance=page)
    page.save_revision().publish()
    # Dates as a school that met its deadlines would have them (the publish receiver wrote "now").
    DisclosurePublication.objects.filter(page=page).update(published_at=at(day))
    for period in PeriodPublication.objects.filter(page=page):
        period.published_on = recurring_due(item.rule, period.period_start) - datetime.timedelta(days=1)
        period.save(update_fields=["published_on"])
    DisclosureItemPage.objects.filter(pk=page.pk).update(last_published_at=at(day))
    return page


def record_unpublished_change(page):
    """A change of the fees recorded in a draft and never published: overdue 10 working days later."""
    page.refresh_from_db()
    page.changed_on = OVERDUE_CHANGE
    page.change_note = "Điều chỉnh tiền ăn bán trú từ học kỳ II"
    page.save_revision()


def seed_year(index, portal, school_year, rows_by_year, rng):
    if DisclosureYearPage.objects.child_of(index).filter(school_year=school_year).exists():
        return None
    year = DisclosureYearPage(
        title=f"Công khai năm học {school_year}", school_year=school_year,
        serves_meals=portal.schema_name not in NO_MEALS,
        intro=f"<p>Thông tin công khai năm học {school_year} của {portal.name}.</p>",
    )  # fmt: skip
    index.add_child(instance=year)
    year.save_revision().publish()
    start = int(school_year[:4])
    for item in year.catalogue_items():
        day = datetime.date(start, 6, rng.randint(12, 27))
        page = publish(year, item, portal, rows_by_year if item.regulation == catalogue.TT09 else None, rng, day)
        if portal.schema_name == OVERDUE_SCHEMA and item.code == OVERDUE_CODE:
            record_unpublished_change(page)
    return year


def seed_disclosure(portal, demo, rng):
    """Own generator (like the yearbook's): the figures do not depend on what other seeders drew."""
    rng = random.Random(f"disclosure:{portal.schema_name}")  # noqa: S311  # nosec B311 - demo figures
    seed_calendar()
    if not portal.is_school:
        return
    index = DisclosureIndexPage.objects.filter(section_key="cong-khai").first()
    if index is None:
        return
    rows_by_year = {row["school_year"]: row for row in demo_rows(portal)}
    seed_year(index, portal, ARCHIVE, None, rng)
    seed_year(index, portal, CURRENT, rows_by_year, rng)
    rebuild(portal, names={SNAPSHOT_KEY})
