"""Structured tables refuse bad figures with a Vietnamese message on the field: percentages, totals."""

import pytest
from wagtail.blocks.struct_block import StructBlockValidationError

from disclosure.blocks import (
    EquipmentRowBlock,
    FacilitiesBlock,
    FinanceBlock,
    GradeResultRowBlock,
    PreschoolResultsBlock,
    SchoolResultsBlock,
    StaffRowBlock,
)


def clean(block, data):
    return block.clean(block.to_python(data))


def errors_of(block, data):
    with pytest.raises(StructBlockValidationError) as caught:
        clean(block, data)
    return {name: error.messages[0] for name, error in caught.value.block_errors.items()}


STAFF = {
    "position": "Giáo viên", "total": 40, "above_standard": 30, "at_standard": 9, "below_standard": 1,
    "meets_professional": 38, "meets_professional_percent": "95.0", "trained_percent": "100",
}  # fmt: skip


def test_valid_staff_row_passes():
    assert clean(StaffRowBlock(), STAFF)["total"] == 40


def test_percentage_above_100_is_refused():
    errors = errors_of(StaffRowBlock(), STAFF | {"trained_percent": "120"})
    assert errors == {"trained_percent": "Tỉ lệ phải từ 0 đến 100%."}


def test_percentage_that_disagrees_with_the_counts_is_refused():
    errors = errors_of(StaffRowBlock(), STAFF | {"meets_professional_percent": "80"})
    assert errors["meets_professional_percent"] == "Tỉ lệ ghi 80,0% nhưng theo số liệu là 95,0%."


def test_staff_total_must_add_up_by_qualification():
    errors = errors_of(
        StaffRowBlock(), STAFF | {"total": 41, "meets_professional": 39, "meets_professional_percent": None}
    )
    assert errors == {"total": "Tổng số là 41 nhưng cộng theo trình độ đào tạo được 40."}


def test_count_above_the_total_is_refused():
    errors = errors_of(StaffRowBlock(), STAFF | {"meets_professional": 45, "meets_professional_percent": None})
    assert errors == {"meets_professional": "Số đạt chuẩn nghề nghiệp (45) không được lớn hơn tổng số (40)."}


def test_equipment_percentage_checked_against_counts():
    row = {"name": "Bộ đồ chơi ngoài trời", "required": 10, "available": 8, "percent": "80"}
    assert clean(EquipmentRowBlock(), row)["available"] == 8
    assert errors_of(EquipmentRowBlock(), row | {"percent": "-5"}) == {"percent": "Tỉ lệ phải từ 0 đến 100%."}


def test_finance_totals_must_add_up():
    data = {
        "year": 2024,
        "income": [{"name": "Ngân sách nhà nước", "amount": 3000000}, {"name": "Học phí", "amount": 1250000}],
        "income_total": 4250000,
        "expenditure": [{"name": "Tiền lương", "amount": 3500000}],
        "expenditure_total": 3600000,
        "funds_balance": None,
    }
    errors = errors_of(FinanceBlock(), data)
    assert errors == {"expenditure_total": "Tổng chi ghi 3.600.000 đồng nhưng cộng các dòng được 3.500.000 đồng."}
    assert clean(FinanceBlock(), data | {"expenditure_total": 3500000})["income_total"] == 4250000


GRADE = {
    "grade": "6", "classes": 10, "students": 440, "girls": 210, "ethnic_minority": 3, "disabled": 1,
    "two_sessions": 440, "rating_1": 150, "rating_2": 180, "rating_3": 100, "rating_4": 10, "promoted": 430,
}  # fmt: skip


def test_results_ratings_must_sum_to_the_students():
    assert clean(GradeResultRowBlock(), GRADE)["students"] == 440
    errors = errors_of(GradeResultRowBlock(), GRADE | {"rating_4": 20})
    assert errors == {"rating_1": "Cộng các mức đánh giá được 450 nhưng số học sinh là 440."}


def test_results_refuse_a_grade_twice():
    errors = errors_of(SchoolResultsBlock(), {"rows": [GRADE, GRADE]})
    assert errors == {"rows": "Khối bị nhập trùng: 6."}


def test_preschool_results_parts_within_the_children():
    data = {"children": 300, "groups": 10, "mixed_age_groups": 0, "two_sessions": 310, "meals": 300,
            "growth_tracked": 300, "health_checked": 300, "age5_completed": 95, "disabled": 2}  # fmt: skip
    errors = errors_of(PreschoolResultsBlock(), data)
    assert errors == {"two_sessions": "Trẻ học 2 buổi/ngày (310) không được lớn hơn tổng số trẻ (300)."}


def test_facilities_need_the_learners_for_the_average():
    data = {"land_area": 4600, "sites": 1, "learners": 0, "minimum_per_learner": "12", "rooms": [
        {"name": "Phòng nuôi dưỡng, chăm sóc, giáo dục trẻ", "available": 12, "required": 12}]}  # fmt: skip
    assert errors_of(FacilitiesBlock(), data) == {"learners": "Hãy nhập số trẻ (học sinh) để tính diện tích bình quân."}
    block = FacilitiesBlock()
    value = clean(block, data | {"learners": 320})
    context = block.get_context(value)
    assert str(context["per_learner"]) == "14.4" and context["meets_minimum"]
