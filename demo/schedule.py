"""Demo "Lịch công tác": this week's and next week's engagements of each portal's leadership.

Dates follow today (Asia/Ho_Chi_Minh), so the page is never empty when the demo is opened; an
existing schedule is left alone (idempotent).
"""

import datetime

from django.utils import timezone

from portal.organization.models import LeaderContact, ScheduleEntry

SCHOOL_WEEK = [
    (
        0,
        "07:00",
        "07:45",
        "Chào cờ đầu tuần, sinh hoạt dưới cờ",
        "{head}; toàn thể cán bộ, giáo viên, học sinh",
        "Sân trường",
    ),
    (0, "14:00", "16:00", "Họp Ban Giám hiệu triển khai kế hoạch tuần", "{head}; Ban Giám hiệu", "Phòng họp"),
    (1, "08:00", "10:30", "Dự giờ, kiểm tra hồ sơ chuyên môn tổ Toán - Tin", "{deputy}", "Các lớp khối 6"),
    (2, "14:00", "16:30", "Dự họp giao ban hiệu trưởng", "{head}", "Phòng GD&ĐT thành phố"),
    (3, "", "", "Kiểm tra công tác bán trú, vệ sinh an toàn thực phẩm", "{deputy}; nhân viên y tế", "Nhà ăn"),
    (4, "15:00", "16:30", "Sinh hoạt chuyên môn theo nghiên cứu bài học", "{deputy}; các tổ chuyên môn", "Phòng họp"),
]
DISTRICT_WEEK = [
    (0, "07:30", "09:00", "Giao ban lãnh đạo Phòng", "{head}; lãnh đạo Phòng", "Phòng họp Phòng GD&ĐT"),
    (
        1,
        "08:00",
        "11:00",
        "Kiểm tra công tác quản lý cổng thông tin điện tử các trường",
        "{deputy}; bộ phận CNTT",
        "Các trường",
    ),
    (2, "14:00", "16:30", "Họp giao ban hiệu trưởng các trường", "{head}; hiệu trưởng các trường", "Hội trường"),
    (4, "08:00", "10:00", "Làm việc với Sở GD&ĐT về kế hoạch tuyển sinh", "{head}", "Sở GD&ĐT tỉnh"),
]


def _time(text):
    return datetime.time.fromisoformat(text) if text else None


def seed_schedule(portal, demo, rng):
    if ScheduleEntry.objects.exists():
        return
    leaders = list(LeaderContact.objects.order_by("sort_order"))
    head = f"{leaders[0].position} {leaders[0].full_name}" if leaders else "Thủ trưởng đơn vị"
    deputy = f"{leaders[1].position} {leaders[1].full_name}" if len(leaders) > 1 else head
    today = timezone.localdate()
    monday = today - datetime.timedelta(days=today.weekday())
    week = DISTRICT_WEEK if portal.is_district else SCHOOL_WEEK
    entries = []
    for offset_weeks in (0, 1):
        for day, start, end, content, who, where in week:
            entries.append(
                ScheduleEntry(
                    date=monday + datetime.timedelta(days=7 * offset_weeks + day),
                    start_time=_time(start),
                    end_time=_time(end),
                    content=content,
                    participants=who.format(head=head, deputy=deputy),
                    location=where,
                )
            )
    ScheduleEntry.objects.bulk_create(entries)
