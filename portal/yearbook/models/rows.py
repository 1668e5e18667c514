"""One school year of statistics (letter III.3.7: quy mô trường, lớp, giáo viên, học sinh, cơ sở vật chất)."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Orderable

from portal.core.validators import validate_school_year
from portal.text import nfc
from portal.yearbook.levels import ALL_GRADES, current_level, grade_keys, grades_for

NEGATIVE_MESSAGE = "Số liệu không được là số âm."


class CountField(models.PositiveIntegerField):
    """A count: non-negative, refused with a Vietnamese message in the model and in admin forms alike."""

    default_validators = [MinValueValidator(0, NEGATIVE_MESSAGE)]

    def formfield(self, **kwargs):
        return super().formfield(**{"error_messages": {"min_value": NEGATIVE_MESSAGE}, **kwargs})


def count_field(label, help_text="", optional=False):
    return CountField(label, help_text=help_text, **({"null": True, "blank": True} if optional else {}))


# (field, label) of the main figures in display order; grades are inserted after "students".
METRICS = [
    ("classes", "Số lớp (nhóm, lớp)"),
    ("teachers", "Số giáo viên"),
    ("staff", "Số cán bộ quản lý, nhân viên"),
    ("students", "Tổng số học sinh (trẻ)"),
    ("rooms", "Số phòng học"),
    ("functional_rooms", "Số phòng chức năng, phòng bộ môn"),
    ("land_area", "Diện tích đất (m²)"),
]


class GradeFieldPanel(FieldPanel):
    """A per-grade count shown only when the portal's level has that grade (khối 6 is not asked of a tiểu học)."""

    def __init__(self, field_name, grade, **kwargs):
        super().__init__(field_name, **kwargs)
        self.grade = grade

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "grade": self.grade}

    class BoundPanel(FieldPanel.BoundPanel):
        def is_shown(self):
            return self.panel.grade in grade_keys(current_level()) and super().is_shown()


class YearbookRow(Orderable):
    page = ParentalKey("yearbook.YearbookPage", on_delete=models.CASCADE, related_name="rows")
    school_year = models.CharField(
        "năm học", max_length=9, validators=[validate_school_year], help_text="Dạng YYYY-YYYY, ví dụ 2024-2025."
    )
    classes = count_field("số lớp (nhóm, lớp)")
    teachers = count_field("số giáo viên")
    staff = count_field("số cán bộ quản lý, nhân viên")
    students = count_field("tổng số học sinh (trẻ)")
    students_nt = count_field("nhà trẻ", optional=True)
    students_mg3 = count_field("mẫu giáo 3 tuổi", optional=True)
    students_mg4 = count_field("mẫu giáo 4 tuổi", optional=True)
    students_mg5 = count_field("mẫu giáo 5 tuổi", optional=True)
    students_g1 = count_field("khối 1", optional=True)
    students_g2 = count_field("khối 2", optional=True)
    students_g3 = count_field("khối 3", optional=True)
    students_g4 = count_field("khối 4", optional=True)
    students_g5 = count_field("khối 5", optional=True)
    students_g6 = count_field("khối 6", optional=True)
    students_g7 = count_field("khối 7", optional=True)
    students_g8 = count_field("khối 8", optional=True)
    students_g9 = count_field("khối 9", optional=True)
    rooms = count_field("số phòng học")
    functional_rooms = count_field("số phòng chức năng, phòng bộ môn")
    land_area = count_field("diện tích đất (m²)", help_text="Tổng diện tích khuôn viên, làm tròn đến m².")

    panels = [
        FieldRowPanel([FieldPanel("school_year"), FieldPanel("classes"), FieldPanel("teachers"), FieldPanel("staff")]),
        MultiFieldPanel(
            [
                FieldPanel("students"),
                FieldRowPanel([GradeFieldPanel(f"students_{key}", key) for key, _ in ALL_GRADES[:9]]),
                FieldRowPanel([GradeFieldPanel(f"students_{key}", key) for key, _ in ALL_GRADES[9:]]),
            ],
            heading="Học sinh (trẻ)",
            help_text="Nếu điền theo khối (độ tuổi) thì điền đủ các khối; tổng các khối phải bằng tổng số.",
        ),
        FieldRowPanel([FieldPanel("rooms"), FieldPanel("functional_rooms"), FieldPanel("land_area")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "số liệu năm học"
        verbose_name_plural = "số liệu theo năm học"

    def __str__(self):
        return self.school_year

    def grade_counts(self, level):
        return {key: getattr(self, f"students_{key}") for key in grade_keys(level)}

    def clean(self):
        super().clean()
        self.school_year = nfc(self.school_year or "").strip()
        errors = row_errors(self, current_level())
        if errors:
            raise ValidationError(errors)

    def as_dict(self, level):
        """Plain data of the row for snapshots and exports."""
        return {
            "school_year": self.school_year,
            **{field: getattr(self, field) for field, _label in METRICS},
            "grades": self.grade_counts(level),
        }


def row_errors(row, level):
    """Errors of a row for the portal's level: grades of other levels, incomplete grades, wrong sum.

    Keyed on ``students``, which the admin always shows (grade fields of other levels are hidden).
    """
    messages = []
    own = grade_keys(level)
    for key, label in ALL_GRADES:
        if key not in own and getattr(row, f"students_{key}") is not None:
            messages.append(f"Cấp học của đơn vị không có “{label}”; hãy để trống.")
    filled = [key for key in own if getattr(row, f"students_{key}") is not None]
    if filled and len(filled) < len(own):
        missing = ", ".join(label.lower() for key, label in grades_for(level) if key not in filled)
        messages.append(f"Hãy điền đủ số học sinh (trẻ) các khối, còn thiếu: {missing}; hoặc để trống tất cả.")
    elif filled and row.students is not None:
        total = sum(getattr(row, f"students_{key}") for key in own)
        if total != row.students:
            messages.append(f"Tổng số học sinh (trẻ) là {row.students} nhưng cộng các khối được {total}.")
    return {"students": messages} if messages else {}
