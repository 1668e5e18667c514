"""Structured tables of figures, one StreamField block per kind of table the articles ask for.

Why blocks with their own checks: the articles publish figures (staff by qualification and the share
meeting the standard, m² per child against the minimum, results by grade, income and expenditure) that
parents compare across schools; a percentage above 100 or a total that does not add up is refused with
a Vietnamese message on the field, and the editor's other input stays in the form.
https://docs.wagtail.org/en/stable/advanced_topics/customisation/streamfield_blocks.html
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from disclosure.catalogue import EQUIPMENT, FACILITIES, FEES, FINANCE, RESULTS_MN, RESULTS_SCHOOL, STAFF

PERCENT_RANGE = "Tỉ lệ phải từ 0 đến 100%."
PERCENT_TOLERANCE = Decimal("0.5")


def count(label, required=True, help_text=""):
    return blocks.IntegerBlock(label=label, min_value=0, required=required, help_text=help_text)


def percent(label, help_text=""):
    return blocks.DecimalBlock(label=label, required=False, decimal_places=1, max_digits=5, help_text=help_text)


def money(label):
    return blocks.IntegerBlock(label=label, min_value=0, help_text="Đồng.")


def vnd(amount):
    """``1.250.000``: thousands separated by dots, as Vietnamese writes amounts."""
    return f"{amount:,}".replace(",", ".")


def pct(value):
    """``95,5``: one decimal, with the Vietnamese decimal comma."""
    return str(Decimal(value).quantize(Decimal("0.1"))).replace(".", ",")


def _raise(errors):
    if errors:
        raise StructBlockValidationError(block_errors={name: ValidationError(msg) for name, msg in errors.items()})


def check_percent(errors, name, value, expected=None):
    """Percentages are 0-100 and, when computable from the counts, agree with them (±0.5)."""
    if value is None:
        return
    if not Decimal(0) <= Decimal(value) <= Decimal(100):
        errors[name] = PERCENT_RANGE
    elif expected is not None and abs(Decimal(value) - expected) > PERCENT_TOLERANCE:
        errors[name] = f"Tỉ lệ ghi {pct(value)}% nhưng theo số liệu là {pct(expected)}%."


def share(part, whole):
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1")) if whole else None


def check_at_most(errors, value, name, label, total, total_label):
    if value is not None and total is not None and value > total:
        errors[name] = f"{label} ({value}) không được lớn hơn {total_label} ({total})."


# --- đội ngũ (Art. 6.1, 8.1) -----------------------------------------------------------------------------


class StaffRowBlock(blocks.StructBlock):
    position = blocks.CharBlock(label="Vị trí việc làm", help_text="Ví dụ: Giáo viên, Cán bộ quản lý, Nhân viên.")
    total = count("Tổng số")
    above_standard = count("Trên chuẩn đào tạo")
    at_standard = count("Đạt chuẩn đào tạo")
    below_standard = count("Chưa đạt chuẩn đào tạo")
    meets_professional = count("Số đạt chuẩn nghề nghiệp", required=False)
    meets_professional_percent = percent("Tỉ lệ đạt chuẩn nghề nghiệp (%)")
    trained_percent = percent("Tỉ lệ hoàn thành bồi dưỡng thường xuyên (%)")

    class Meta:
        label = "Vị trí việc làm"

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        total = value["total"]
        by_level = value["above_standard"] + value["at_standard"] + value["below_standard"]
        if by_level != total:
            errors["total"] = f"Tổng số là {total} nhưng cộng theo trình độ đào tạo được {by_level}."
        check_at_most(errors, value["meets_professional"], "meets_professional", "Số đạt chuẩn nghề nghiệp", total,
                      "tổng số")  # fmt: skip
        expected = share(value["meets_professional"], total) if value["meets_professional"] is not None else None
        check_percent(errors, "meets_professional_percent", value["meets_professional_percent"], expected)
        check_percent(errors, "trained_percent", value["trained_percent"])
        _raise(errors)
        return value


class StaffTableBlock(blocks.StructBlock):
    rows = blocks.ListBlock(StaffRowBlock(), label="Theo vị trí việc làm", min_num=1)
    note = blocks.CharBlock(label="Ghi chú", required=False)

    class Meta:
        label = "Bảng đội ngũ"
        template = "disclosure/blocks/staff_table.html"


# --- cơ sở vật chất (Art. 6.2, 8.2) --------------------------------------------------------------------


class RoomRowBlock(blocks.StructBlock):
    name = blocks.CharBlock(label="Khối phòng, hạng mục", help_text="Ví dụ: Phòng học, Thư viện, Bếp ăn.")
    available = count("Số lượng hiện có")
    required = count("Số lượng theo quy định tối thiểu", required=False)

    class Meta:
        label = "Khối phòng"


class FacilitiesBlock(blocks.StructBlock):
    land_area = count("Tổng diện tích đất (m²)")
    sites = count("Số điểm trường", required=False)
    learners = count("Số trẻ (học sinh)", help_text="Để tính diện tích bình quân.")
    minimum_per_learner = blocks.DecimalBlock(
        label="Diện tích tối thiểu theo quy định (m²/trẻ, m²/học sinh)",
        min_value=0,
        decimal_places=1,
        max_digits=6,
        help_text="Theo tiêu chuẩn cơ sở vật chất của cấp học, khu vực của trường.",
    )
    rooms = blocks.ListBlock(RoomRowBlock(), label="Các khối phòng", min_num=1)

    class Meta:
        label = "Bảng cơ sở vật chất"
        template = "disclosure/blocks/facilities.html"

    def clean(self, value):
        value = super().clean(value)
        if value["land_area"] and not value["learners"]:
            _raise({"learners": "Hãy nhập số trẻ (học sinh) để tính diện tích bình quân."})
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        per = (Decimal(value["land_area"]) / value["learners"]).quantize(Decimal("0.1")) if value["learners"] else None
        context["per_learner"] = per
        context["meets_minimum"] = per is not None and per >= Decimal(value["minimum_per_learner"])
        return context


# --- thiết bị (Art. 6.3, 8.3) ---------------------------------------------------------------------------


class EquipmentRowBlock(blocks.StructBlock):
    name = blocks.CharBlock(label="Loại thiết bị, đồ dùng, đồ chơi")
    required = count("Số lượng theo danh mục tối thiểu")
    available = count("Số lượng hiện có")
    percent = percent("Tỉ lệ đáp ứng (%)", help_text="Để trống để tự tính.")

    class Meta:
        label = "Loại thiết bị"

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        expected = min(share(value["available"], value["required"]), Decimal(100)) if value["required"] else None
        check_percent(errors, "percent", value["percent"], expected)
        _raise(errors)
        return value


class EquipmentTableBlock(blocks.StructBlock):
    rows = blocks.ListBlock(EquipmentRowBlock(), label="Thiết bị", min_num=1)

    class Meta:
        label = "Bảng thiết bị"
        template = "disclosure/blocks/equipment_table.html"


# --- tài chính (Art. 5.1), học phí (Art. 5.2) ------------------------------------------------------------


class AmountRowBlock(blocks.StructBlock):
    name = blocks.CharBlock(label="Nội dung")
    amount = money("Số tiền")

    class Meta:
        label = "Dòng"


class FinanceBlock(blocks.StructBlock):
    year = blocks.IntegerBlock(label="Năm tài chính", min_value=2000, max_value=2200)
    income = blocks.ListBlock(AmountRowBlock(), label="Các nguồn thu", min_num=1)
    income_total = money("Tổng thu")
    expenditure = blocks.ListBlock(AmountRowBlock(), label="Các khoản chi", min_num=1)
    expenditure_total = money("Tổng chi")
    funds_balance = blocks.IntegerBlock(label="Số dư các quỹ (đồng)", required=False)

    class Meta:
        label = "Bảng thu, chi tài chính"
        template = "disclosure/blocks/finance.html"

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        for rows, total, label in (("income", "income_total", "thu"), ("expenditure", "expenditure_total", "chi")):
            added = sum(row["amount"] for row in value[rows])
            if added != value[total]:
                errors[total] = f"Tổng {label} ghi {vnd(value[total])} đồng nhưng cộng các dòng được {vnd(added)} đồng."
        _raise(errors)
        return value


class FeeRowBlock(blocks.StructBlock):
    name = blocks.CharBlock(label="Khoản thu", help_text="Ví dụ: Học phí, Tiền ăn bán trú.")
    unit = blocks.CharBlock(label="Đơn vị tính", help_text="Ví dụ: đồng/tháng, đồng/ngày.")
    amount = money("Mức thu năm học này")
    planned = blocks.CharBlock(
        label="Dự kiến các năm học tiếp theo của cấp học", required=False, help_text="Ví dụ: 2026-2027: 300.000."
    )

    class Meta:
        label = "Khoản thu"


class FeesTableBlock(blocks.StructBlock):
    rows = blocks.ListBlock(FeeRowBlock(), label="Các khoản thu", min_num=1)

    class Meta:
        label = "Bảng học phí, các khoản thu"
        template = "disclosure/blocks/fees_table.html"


# --- kết quả (Art. 7.2 mầm non, 9.2 tiểu học/THCS) ------------------------------------------------------


class PreschoolResultsBlock(blocks.StructBlock):
    children = count("Tổng số trẻ")
    groups = count("Số nhóm, lớp")
    mixed_age_groups = count("Số nhóm, lớp ghép", required=False)
    two_sessions = count("Trẻ học 2 buổi/ngày", required=False)
    meals = count("Trẻ ăn bán trú", required=False)
    growth_tracked = count("Trẻ được theo dõi bằng biểu đồ tăng trưởng", required=False)
    health_checked = count("Trẻ được khám sức khỏe định kỳ", required=False)
    age5_completed = count("Trẻ 5 tuổi hoàn thành chương trình", required=False)
    disabled = count("Trẻ khuyết tật học hòa nhập", required=False)

    PART_FIELDS = ("two_sessions", "meals", "growth_tracked", "health_checked", "age5_completed", "disabled")

    class Meta:
        label = "Bảng kết quả (mầm non)"
        template = "disclosure/blocks/results_mn.html"

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        for name in self.PART_FIELDS:
            check_at_most(
                errors, value[name], name, str(self.child_blocks[name].label), value["children"], "tổng số trẻ"
            )
        check_at_most(errors, value["mixed_age_groups"], "mixed_age_groups", "Số nhóm, lớp ghép", value["groups"],
                      "số nhóm, lớp")  # fmt: skip
        if value["children"] and not value["groups"]:
            errors["groups"] = "Có trẻ thì phải có ít nhất một nhóm, lớp."
        _raise(errors)
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["average_size"] = (
            (Decimal(value["children"]) / value["groups"]).quantize(Decimal("0.1")) if value["groups"] else None
        )
        return context


GRADE_CHOICES = [(str(n), f"Khối {n}") for n in range(1, 10)]
RATING_LABELS = {
    "th": ("Hoàn thành xuất sắc", "Hoàn thành tốt", "Hoàn thành", "Chưa hoàn thành"),
    "thcs": ("Tốt", "Khá", "Đạt", "Chưa đạt"),
}


class GradeResultRowBlock(blocks.StructBlock):
    grade = blocks.ChoiceBlock(choices=GRADE_CHOICES, label="Khối")
    classes = count("Số lớp")
    students = count("Số học sinh")
    girls = count("Học sinh nữ", required=False)
    ethnic_minority = count("Dân tộc thiểu số", required=False)
    disabled = count("Khuyết tật", required=False)
    two_sessions = count("Học 2 buổi/ngày", required=False)
    rating_1 = count("Mức 1 (Hoàn thành xuất sắc / Tốt)")
    rating_2 = count("Mức 2 (Hoàn thành tốt / Khá)")
    rating_3 = count("Mức 3 (Hoàn thành / Đạt)")
    rating_4 = count("Mức 4 (Chưa hoàn thành / Chưa đạt)")
    promoted = count("Lên lớp (hoàn thành chương trình)", required=False)

    PART_FIELDS = ("girls", "ethnic_minority", "disabled", "two_sessions", "promoted")

    class Meta:
        label = "Khối"

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        students = value["students"]
        rated = sum(value[f"rating_{n}"] for n in range(1, 5))
        if rated != students:
            errors["rating_1"] = f"Cộng các mức đánh giá được {rated} nhưng số học sinh là {students}."
        for name in self.PART_FIELDS:
            check_at_most(errors, value[name], name, str(self.child_blocks[name].label), students, "số học sinh")
        if students and not value["classes"]:
            errors["classes"] = "Có học sinh thì phải có ít nhất một lớp."
        _raise(errors)
        return value


class SchoolResultsBlock(blocks.StructBlock):
    rows = blocks.ListBlock(GradeResultRowBlock(), label="Theo khối", min_num=1)

    class Meta:
        label = "Bảng kết quả theo khối (tiểu học, THCS)"
        template = "disclosure/blocks/results_school.html"

    def clean(self, value):
        value = super().clean(value)
        grades = [row["grade"] for row in value["rows"]]
        duplicates = sorted({grade for grade in grades if grades.count(grade) > 1}, key=int)
        if duplicates:
            _raise({"rows": f"Khối bị nhập trùng: {', '.join(duplicates)}."})
        return value


TABLE_BLOCKS = [
    (STAFF, StaffTableBlock()),
    (FACILITIES, FacilitiesBlock()),
    (EQUIPMENT, EquipmentTableBlock()),
    (FINANCE, FinanceBlock()),
    (FEES, FeesTableBlock()),
    (RESULTS_MN, PreschoolResultsBlock()),
    (RESULTS_SCHOOL, SchoolResultsBlock()),
]
