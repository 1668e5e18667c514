"""The catalogue covers every item of each level, under Thông tư 09/2024 and Thông tư 36/2017."""

import pytest

from disclosure import catalogue
from disclosure.blocks import TABLE_BLOCKS

COMMON = ["tt09-4-1", "tt09-4-2", "tt09-5-1", "tt09-5-2", "tt09-5-3"]
MAM_NON = COMMON + [
    "tt09-6-1", "tt09-6-2", "tt09-6-3", "tt09-7-1", "tt09-7-2", "tt09-7-thang", "tt09-7-tuan", "tt09-7-thuc-don",
    "tt09-bao-cao-thuong-nien",
]  # fmt: skip
SCHOOL = COMMON + [
    "tt09-8-1", "tt09-8-2", "tt09-8-3", "tt09-8-4", "tt09-8-5", "tt09-9-1", "tt09-9-2", "tt09-9-thuc-don",
    "tt09-bao-cao-thuong-nien",
]  # fmt: skip


def codes(regulation, level, **kwargs):
    return [item.code for item in catalogue.items_for(regulation, level, **kwargs)]


@pytest.mark.parametrize("level", ["nt", "mg", "mn"])
def test_preschool_items(level):
    assert sorted(codes(catalogue.TT09, level)) == sorted(MAM_NON)
    assert codes(catalogue.TT36, level) == ["tt36-01", "tt36-02", "tt36-03", "tt36-04"]


@pytest.mark.parametrize("level", ["th", "thcs", "ththcs"])
def test_primary_and_lower_secondary_items(level):
    assert sorted(codes(catalogue.TT09, level)) == sorted(SCHOOL)
    assert "tt09-9-thuc-don" not in codes(catalogue.TT09, level, serves_meals=False)


def test_tt36_forms_by_level():
    assert codes(catalogue.TT36, "th") == ["tt36-05", "tt36-06", "tt36-07", "tt36-08"]
    assert codes(catalogue.TT36, "thcs") == ["tt36-09", "tt36-10", "tt36-11", "tt36-12"]
    assert codes(catalogue.TT36, "ththcs") == [f"tt36-{n:02d}" for n in range(5, 13)]


def test_no_items_for_the_district():
    assert codes(catalogue.TT09, "") == []


def test_every_item_is_complete_data():
    tables = dict(TABLE_BLOCKS)
    for items in catalogue.CATALOGUE.values():
        for item in items:
            assert item.basis and item.contents and item.slug, item.code
            assert item.rule in catalogue.RULE_LABELS
            assert not item.table or item.table in tables
            assert item.stages <= {catalogue.MN, catalogue.TH, catalogue.THCS}
    # the articles that are tables of figures carry a structured table
    for code in ("tt09-5-1", "tt09-5-2", "tt09-6-1", "tt09-6-2", "tt09-6-3", "tt09-7-2", "tt09-8-1", "tt09-9-2"):
        assert catalogue.get(code).table


def test_regulation_by_school_year():
    assert catalogue.regulation_for_year(2025) == catalogue.TT09
    assert catalogue.regulation_for_year(2024) == catalogue.TT09  # in force from 19/7/2024
    assert catalogue.regulation_for_year(2023) == catalogue.TT36
    assert catalogue.regulation_for_year(2017) == catalogue.TT36
    assert catalogue.regulation_for_year(2016) is None
