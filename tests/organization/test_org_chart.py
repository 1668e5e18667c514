"""Reporting lines of the organization chart: one root, known parents, no cycles."""

import pytest
from django.core.exceptions import ValidationError
from django_tenants.utils import tenant_context

from portal.organization.models import OrganizationPage, OrgUnit
from portal.organization.tree import build_tree, tree_errors, validate_org_tree

SCHOOL = [
    ("Hội đồng trường", ""),
    ("Ban Giám hiệu", "Hội đồng trường"),
    ("Tổ Toán - Tin", "Ban Giám hiệu"),
    ("Tổ Văn phòng", "ban giam hieu"),  # without diacritics nor capitals: same unit
]


def test_a_real_chart_is_a_valid_tree():
    assert tree_errors(SCHOOL) == []
    assert tree_errors([]) == []


def test_cycle_is_refused_with_its_path():
    units = [("Hội đồng trường", ""), ("Tổ Toán - Tin", "Tổ Văn phòng"), ("Tổ Văn phòng", "Tổ Toán - Tin")]
    errors = tree_errors(units)
    assert errors == ["Quan hệ trực thuộc tạo thành vòng lặp: Tổ Toán - Tin → Tổ Văn phòng → Tổ Toán - Tin."]
    with pytest.raises(ValidationError):
        validate_org_tree(units)


@pytest.mark.parametrize(
    ("units", "fragment"),
    [
        ([("Ban Giám hiệu", ""), ("Công đoàn", "")], "chỉ được có một đơn vị cao nhất; hiện có 2"),
        ([("A", "B"), ("B", "A")], "phải có đúng một đơn vị cao nhất"),
        ([("Ban Giám hiệu", ""), ("Tổ Ngữ văn", "Ban Giam Hieu Moi")], "không có trong danh sách đơn vị"),
        ([("Ban Giám hiệu", ""), ("Tổ Anh", "Tổ Anh")], "không thể trực thuộc chính nó"),
        ([("Ban Giám hiệu", ""), ("ban giam hieu", "Ban Giám hiệu")], "bị trùng"),
    ],
)
def test_every_broken_chart_gets_a_vietnamese_message(units, fragment):
    assert any(fragment in message for message in tree_errors(units))


def test_long_cycle_reported_once():
    units = [("Gốc", ""), ("A", "C"), ("B", "A"), ("C", "B"), ("D", "A")]
    errors = tree_errors(units)
    assert len(errors) == 1 and "A → C → B → A" in errors[0]


def test_tree_nests_children_in_editor_order_and_survives_bad_data():
    rows = [OrgUnit(name=n, parent_name=p) for n, p in SCHOOL]
    (root,) = build_tree(rows)
    assert root.name == "Hội đồng trường" and root.heading_level == 3
    (bgh,) = root.children
    assert [c.name for c in bgh.children] == ["Tổ Toán - Tin", "Tổ Văn phòng"]
    assert bgh.children[0].heading_level == 5
    broken = build_tree([OrgUnit(name="A", parent_name="B"), OrgUnit(name="B", parent_name="A")])
    assert [n.name for n in broken] == ["A"] and broken[0].children[0].name == "B"


def test_page_clean_refuses_a_cycle(school_a):
    with tenant_context(school_a):
        page = OrganizationPage.objects.get(section_key="gioi-thieu")
        page.org_units = [
            OrgUnit(name="Ban Giám hiệu", parent_name=""),
            OrgUnit(name="X", parent_name="Y"),
            OrgUnit(name="Y", parent_name="X"),
        ]
        with pytest.raises(ValidationError) as error:
            page.full_clean()
        assert "vòng lặp" in str(error.value)
