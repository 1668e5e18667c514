"""Kinds, subjects and grades of digital resources, after the 2018 general education curriculum.

Subjects of tiểu học and THCS follow Chương trình giáo dục phổ thông 2018 (Thông tư 32/2018/TT-BGDĐT);
mầm non has no subjects but five development areas (Chương trình giáo dục mầm non), listed as such.
Grouped choices render as <optgroup> in the admin and in the public filter.
"""

from django.db import models


class ResourceType(models.TextChoices):
    LEARNING_MATERIAL = "hoc_lieu", "Học liệu số"
    ELEARNING = "e_learning", "Bài giảng e-learning"
    EBOOK = "sach_dien_tu", "Sách điện tử"
    SOFTWARE = "phan_mem", "Phần mềm"


SUBJECT_CHOICES = [
    (
        "Tiểu học, trung học cơ sở",
        [
            ("toan", "Toán"),
            ("ngu_van", "Ngữ văn"),
            ("tieng_viet", "Tiếng Việt"),
            ("tieng_anh", "Tiếng Anh"),
            ("dao_duc", "Đạo đức"),
            ("tu_nhien_xa_hoi", "Tự nhiên và Xã hội"),
            ("khoa_hoc", "Khoa học"),
            ("lich_su_dia_li", "Lịch sử và Địa lí"),
            ("khoa_hoc_tu_nhien", "Khoa học tự nhiên"),
            ("tin_hoc", "Tin học"),
            ("cong_nghe", "Công nghệ"),
            ("giao_duc_cong_dan", "Giáo dục công dân"),
            ("am_nhac", "Âm nhạc"),
            ("mi_thuat", "Mĩ thuật"),
            ("giao_duc_the_chat", "Giáo dục thể chất"),
            ("hoat_dong_trai_nghiem", "Hoạt động trải nghiệm, hướng nghiệp"),
            ("giao_duc_dia_phuong", "Nội dung giáo dục địa phương"),
        ],
    ),
    (
        "Mầm non",
        [
            ("mn_the_chat", "Mầm non – Phát triển thể chất"),
            ("mn_nhan_thuc", "Mầm non – Phát triển nhận thức"),
            ("mn_ngon_ngu", "Mầm non – Phát triển ngôn ngữ"),
            ("mn_tinh_cam", "Mầm non – Phát triển tình cảm, kĩ năng xã hội"),
            ("mn_tham_mi", "Mầm non – Phát triển thẩm mĩ"),
        ],
    ),
    (
        "Khác",
        [
            ("ky_nang_song", "Kĩ năng sống"),
            ("stem", "Giáo dục STEM"),
            ("boi_duong", "Bồi dưỡng giáo viên, cán bộ quản lý"),
            ("nhieu_mon", "Dùng chung nhiều môn"),
        ],
    ),
]

GRADE_CHOICES = [
    (
        "Mầm non (lứa tuổi)",
        [
            ("nha_tre", "Nhà trẻ (dưới 3 tuổi)"),
            ("mg_3_4", "Mẫu giáo 3-4 tuổi"),
            ("mg_4_5", "Mẫu giáo 4-5 tuổi"),
            ("mg_5_6", "Mẫu giáo 5-6 tuổi"),
        ],
    ),
    ("Tiểu học", [(f"lop_{n}", f"Lớp {n}") for n in range(1, 6)]),
    ("Trung học cơ sở", [(f"lop_{n}", f"Lớp {n}") for n in range(6, 10)]),
    (
        "Khác",
        [
            ("nhieu_lop", "Nhiều khối lớp"),
            ("giao_vien", "Giáo viên, cán bộ quản lý"),
        ],
    ),
]


def flat(choices):
    """{value: label} of (possibly grouped) choices."""
    result = {}
    for value, label in choices:
        if isinstance(label, (list, tuple)):
            result.update(dict(label))
        else:
            result[value] = label
    return result


SUBJECTS = flat(SUBJECT_CHOICES)
GRADES = flat(GRADE_CHOICES)
