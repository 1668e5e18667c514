"""Demo "Thời khóa biểu" and "Lịch thi - kiểm tra": this week's timetable of two classes per school.

Written as a CSV in memory and imported through the real import (``portal.timetables.importing``), so the
demo exercises the same path as a school's spreadsheet. Idempotent: a week already imported is kept.
"""

import csv
import datetime
import io

from django.utils import timezone

from portal.timetables.importing import import_week
from portal.timetables.models import TimetablePage

CLASSES = {"mn": ["Lá 1", "Chồi 1"], "th": ["1A", "5A"], "ththcs": ["5A", "9A"], "thcs": ["6A1", "9A1"]}
SUBJECTS = {
    "mn": ["Đón trẻ, thể dục sáng", "Hoạt động học", "Hoạt động ngoài trời", "Ăn trưa, ngủ trưa", "Hoạt động chiều"],
    "th": ["Tiếng Việt", "Toán", "Tự nhiên và Xã hội", "Đạo đức", "Giáo dục thể chất"],
    "thcs": ["Ngữ văn", "Toán", "Khoa học tự nhiên", "Lịch sử và Địa lí", "Tiếng Anh"],
}
TEACHERS = ["Cô Nguyễn Thị Lan", "Thầy Trần Văn Minh", "Cô Lê Thị Hoa", "Thầy Phạm Quốc Bảo", "Cô Võ Ngọc Anh"]
EXAMS = ["Toán", "Ngữ văn", "Tiếng Anh"]


def _csv(rows):
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue().encode("utf-8")


def seed_timetables(portal, demo, rng):
    level = getattr(portal, "level", "") or "thcs"
    classes = CLASSES.get(level, CLASSES["thcs"])
    subjects = SUBJECTS.get(level, SUBJECTS["thcs"])
    today = timezone.localdate()
    monday = today - datetime.timedelta(days=today.weekday())
    for page in TimetablePage.objects.all():
        if page.weeks.filter(week_start=monday).exists() or (page.kind == page.Kind.EXAMS and level == "mn"):
            continue
        rows = [["Lớp", "Thứ", "Buổi", "Tiết", "Môn", "Giáo viên", "Phòng"]]
        for class_name in classes:
            if page.kind == TimetablePage.Kind.EXAMS:
                for day, subject in zip((3, 4, 5), EXAMS, strict=True):
                    rows.append(
                        [class_name, day, "Sáng", "7 giờ 30", f"Kiểm tra giữa kỳ: {subject}", "", f"Phòng {class_name}"]
                    )
                continue
            for day in range(2, 7):
                for period in range(1, 5):
                    rows.append(
                        [
                            class_name,
                            day,
                            "Sáng",
                            period,
                            rng.choice(subjects),
                            rng.choice(TEACHERS),
                            f"Phòng {class_name}",
                        ]
                    )
        import_week(page, monday, _csv(rows), "demo.csv", note="Áp dụng từ tuần này")
