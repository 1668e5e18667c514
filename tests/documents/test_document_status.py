"""Status derived from dates and relations: the pure rules, the SQL twin, and relations between pages."""

import datetime
import itertools

import pytest
from django_tenants.utils import schema_context, tenant_context
from documents_helpers import add_document, day

from documents.models import RelationType
from documents.queries import annotate_status
from documents.status import Status, derive_status, status_q
from documents_public.models import DistrictDocument

TODAY = datetime.date(2025, 6, 15)
PAST, FUTURE = datetime.date(2024, 1, 1), datetime.date(2026, 1, 1)


@pytest.mark.parametrize(
    ("inputs", "expected"),
    [
        ({"effective_from": PAST}, Status.IN_FORCE),
        ({"effective_from": FUTURE}, Status.NOT_YET),
        ({"effective_from": TODAY}, Status.IN_FORCE),  # in force from its first day
        ({"effective_from": PAST, "expiry_date": TODAY}, Status.EXPIRED),  # not applied from the expiry date on
        ({"effective_from": PAST, "expiry_date": FUTURE}, Status.IN_FORCE),
        ({"effective_from": PAST, "replaced_from": PAST}, Status.REPLACED),
        ({"effective_from": PAST, "replaced_from": FUTURE}, Status.IN_FORCE),  # the replacement isn't in force yet
        ({"effective_from": PAST, "amended_from": PAST}, Status.AMENDED),
        ({"effective_from": PAST, "amended_from": FUTURE}, Status.IN_FORCE),
        ({"effective_from": PAST, "replaced_from": PAST, "amended_from": PAST}, Status.REPLACED),
        ({"effective_from": PAST, "expiry_date": PAST, "replaced_from": PAST}, Status.REPLACED),
        ({"effective_from": PAST, "expiry_date": PAST, "amended_from": PAST}, Status.EXPIRED),
        ({"effective_from": FUTURE, "replaced_from": PAST}, Status.NOT_YET),
    ],
)
def test_derive_status(inputs, expected):
    assert derive_status(TODAY, **inputs) == expected


def test_derive_status_needs_a_date():
    with pytest.raises(TypeError):
        derive_status("2025-06-15", effective_from=PAST)


def test_sql_filter_agrees_with_the_python_rules_on_every_combination(district):
    """Every combination of the four inputs (with NULLs) lands in exactly the status derive_status gives."""
    dates = [None, PAST, TODAY, FUTURE]
    combos = [c for c in itertools.product([PAST, TODAY, FUTURE], dates, dates, dates)]
    with schema_context("public"):
        rows = DistrictDocument.objects.bulk_create(
            [
                DistrictDocument(
                    portal=district,
                    source_page_id=10_000_000 + i,
                    number=f"{i + 1}/TB-PGDĐT",
                    document_type="thong-bao",
                    type_label="Thông báo",
                    title="Thử",
                    issue_date=PAST,
                    effective_from=e,
                    expiry_date=x,
                    replaced_from=r,
                    amended_from=a,
                    path="/",
                )
                for i, (e, x, r, a) in enumerate(combos)
            ]
        )
        expected = {
            row.pk: derive_status(
                TODAY,
                effective_from=row.effective_from,
                expiry_date=row.expiry_date,
                replaced_from=row.replaced_from,
                amended_from=row.amended_from,
            )
            for row in rows
        }
        seen = {}
        for status in Status:
            for pk in DistrictDocument.objects.filter(status_q(status, TODAY), pk__in=expected).values_list(
                "pk", flat=True
            ):
                assert pk not in seen
                seen[pk] = status
        assert seen == expected
        assert set(seen.values()) == set(Status)


def test_relations_drive_the_status_of_pages(school_a):
    with tenant_context(school_a):
        decree = add_document(
            "72/2013/NĐ-CP", "Quản lý dịch vụ internet", day("15/07/2013"), effective_date=day("01/09/2013")
        )
        assert decree.status(TODAY) == Status.IN_FORCE
        add_document(
            "27/2018/NĐ-CP",
            "Sửa đổi Nghị định 72/2013/NĐ-CP",
            day("01/03/2018"),
            effective_date=day("15/04/2018"),
            relations=[(RelationType.AMENDS, decree)],
        )
        assert decree.status(TODAY) == Status.AMENDED
        assert decree.status(datetime.date(2018, 4, 14)) == Status.IN_FORCE  # before the amendment applies
        replacement = add_document(
            "147/2024/NĐ-CP",
            "Thay thế Nghị định 72/2013/NĐ-CP",
            day("09/11/2024"),
            effective_date=day("25/12/2024"),
            relations=[(RelationType.REPLACES, "72/2013/ND-CP")],
        )
        assert decree.status(datetime.date(2024, 12, 24)) == Status.AMENDED
        assert decree.status(datetime.date(2024, 12, 25)) == Status.REPLACED
        annotated = annotate_status(type(decree).objects.filter(pk=decree.pk)).get()
        assert (annotated.replaced_from, annotated.amended_from) == (day("25/12/2024"), day("15/04/2018"))
        replacement.unpublish()
        assert decree.status(datetime.date(2025, 1, 1)) == Status.AMENDED  # a draft replaces nothing
        future = add_document(
            "05/2026/TT-BGDĐT", "Thông tư chưa có hiệu lực", day("10/01/2026"), effective_date=day("01/03/2026")
        )
        assert future.status(TODAY.replace(year=2026, month=2)) == Status.NOT_YET
