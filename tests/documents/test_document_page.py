"""Số ký hiệu on the page: canonical form and parts stored, defaults, Vietnamese validation errors."""

import pytest
from django.core.exceptions import ValidationError
from django_tenants.utils import tenant_context
from documents_helpers import add_document, day, section

from documents.models import IssuingBody, LegalDocumentPage


def test_number_is_stored_canonical_with_its_parts_and_defaults(school_a):
    with tenant_context(school_a):
        page = add_document("Số: 36 / 2017 / TT-BGDDT", "Ban hành Quy chế thực hiện công khai", day("28/12/2017"))
        assert page.number == "36/2017/TT-BGDĐT"
        assert (page.number_value, page.number_year, page.type_code, page.issuer_code, page.unit_code) == (
            36,
            2017,
            "TT",
            "BGDĐT",
            "",
        )
        assert page.document_type == "thong-tu"
        assert page.issuer == IssuingBody.objects.get(name="Bộ Giáo dục và Đào tạo")
        assert page.slug == "36-2017-tt-bgddt"
        law = add_document("24/2018/QH14", "Luật An ninh mạng", day("12/06/2018"))
        assert (law.document_type, law.issuer.name) == ("luat", "Quốc hội")
        letter = add_document("1768/SGDĐT-VP", "Hướng dẫn nhiệm vụ công nghệ thông tin", day("15/10/2020"))
        assert (letter.document_type, letter.type_code, letter.unit_code) == ("cong-van", "", "VP")
        assert letter.issuer.name == "Sở Giáo dục và Đào tạo tỉnh Bình Dương"  # one of the default issuers


def test_icelandic_eth_and_dashes_are_normalized(school_a):
    with tenant_context(school_a):
        page = add_document("43/2011/NÐ–CP", "Cung cấp thông tin trên cổng thông tin điện tử", day("13/06/2011"))
        assert page.number == "43/2011/NĐ-CP"
        assert page.issuer.name == "Chính phủ"


def build(**fields):
    values = {"title": "Trích yếu", "number": "15/KH-UBND", "issue_date": day("01/02/2024"), "slug": "vb"}
    values.update(fields)
    page = LegalDocumentPage(**values)
    page._parent_hint = section()
    return page


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"number": "36/17/TT-BGDĐT"}, "number", "Năm ban hành trong số ký hiệu “36/17/TT-BGDĐT” phải có đủ 4 chữ số"),
        ({"number": "abc"}, "number", "Số ký hiệu “abc” không đúng dạng"),
        ({"number": ""}, "number", "Trường này không được để trắng"),
        (
            {"number": "36/2017/TT-BGDĐT", "issue_date": day("05/01/2018")},
            "issue_date",
            "Năm trong số ký hiệu (2017) khác năm ban hành (2018)",
        ),
        (
            {"effective_date": day("01/03/2024"), "expiry_date": day("01/03/2024")},
            "expiry_date",
            "Ngày hết hiệu lực phải sau ngày có hiệu lực",
        ),
        ({"expiry_date": day("01/01/2024")}, "expiry_date", "Ngày hết hiệu lực phải sau ngày ban hành"),
    ],
)
def test_invalid_pages_get_vietnamese_errors(school_a, fields, field, message):
    with tenant_context(school_a):
        with pytest.raises(ValidationError) as caught:
            build(**fields).full_clean(exclude=["path", "depth"])
        assert any(message in text for text in caught.value.message_dict[field]), caught.value.message_dict


def test_same_number_same_year_is_refused_other_year_allowed(school_a):
    with tenant_context(school_a):
        add_document("1031/PGDĐT-CNTT", "Triển khai cổng thông tin", day("26/09/2014"))
        with pytest.raises(ValidationError) as caught:
            build(number="1031/PGDDT-CNTT", issue_date=day("01/10/2014")).full_clean(exclude=["path", "depth"])
        assert "Đã có văn bản số 1031/PGDĐT-CNTT ban hành năm 2014" in caught.value.message_dict["number"][0]
        later = add_document("1031/PGDĐT-CNTT", "Công văn cùng số, năm khác", day("02/10/2019"))
        assert later.slug == "1031-pgddt-cntt-2"


def test_unicode_slug_typed_by_the_admin_becomes_ascii(school_a):
    with tenant_context(school_a):
        page = build(number="15/KH-UBND", slug="kế-hoạch-tuyển-sinh")
        page.full_clean(exclude=["path", "depth"])
        assert page.slug == "15-kh-ubnd"
