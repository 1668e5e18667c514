"""Rendering of the topic sections and their articles; print-friendly; isolation between schools."""

import datetime
import unicodedata

import pytest
from django.core.exceptions import ValidationError
from django_tenants.utils import tenant_context

from portal.articles.models import (
    AccreditationIndexPage,
    AccreditationPage,
    LegalEducationArticlePage,
    LegalEducationIndexPage,
    UniversalEducationIndexPage,
    UniversalEducationPage,
)
from portal.core.sections import mandated_sections


def publish(index_model, page):
    index = index_model.objects.get()
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def legal(title="Phổ biến Luật An ninh mạng 2018", slug="luat-an-ninh-mang", **kwargs):
    values = {
        "title": title,
        "slug": slug,
        "date": datetime.date(2025, 3, 15),
        "topic": "luat",
        "summary": "Học sinh cần biết các hành vi bị nghiêm cấm trên không gian mạng.",
        "document_title": "Luật An ninh mạng",
        "document_number": "24/2018/QH14",
        "document_date": datetime.date(2018, 6, 12),
        "body": [("heading", "Các hành vi bị nghiêm cấm"), ("paragraph", "<p>Không đăng tin sai sự thật.</p>")],
    }
    values.update(kwargs)
    return LegalEducationArticlePage(**values)


def test_sections_are_claimed_with_the_mandated_keys_titles_and_slugs(school_a):
    specs = {spec.key: spec for spec in mandated_sections()}
    assert (specs["phap-luat"].title, specs["phap-luat"].slug) == (
        "Tuyên truyền, phổ biến pháp luật",
        "tuyen-truyen-phap-luat",
    )
    assert (specs["kiem-dinh"].title, specs["kiem-dinh"].slug) == (
        "Kiểm định chất lượng giáo dục",
        "kiem-dinh-chat-luong",
    )
    assert (specs["pho-cap"].title, specs["pho-cap"].slug) == ("Phổ cập giáo dục, xóa mù chữ", "pho-cap-giao-duc")
    with tenant_context(school_a):
        assert LegalEducationIndexPage.objects.get().section_key == "phap-luat"
        assert AccreditationIndexPage.objects.get().url_path.endswith("/kiem-dinh-chat-luong/")
        assert UniversalEducationIndexPage.objects.get().live


def test_legal_article_renders_with_facts_and_print_button(school_a, portal_client):
    with tenant_context(school_a):
        page = publish(LegalEducationIndexPage, legal())
        assert not hasattr(page, "feed_kind")  # no RSS feed lists topic articles
        assert page.get_summary().startswith("Học sinh cần biết")
        assert page.search_date == datetime.date(2025, 3, 15)
        assert "Luật An ninh mạng 24/2018/QH14" in page.get_search_text()
        assert "Không đăng tin sai sự thật." in page.get_search_text()
    client = portal_client(school_a)
    html = client.get("/tuyen-truyen-phap-luat/luat-an-ninh-mang/").content.decode()
    assert '<h1 id="tieu-de-bai">Phổ biến Luật An ninh mạng 2018</h1>' in html
    assert "<dd>Luật An ninh mạng 24/2018/QH14</dd>" in html
    assert "<dd>12/06/2018</dd>" in html and "15/03/2025" in html
    assert "<h2>Các hành vi bị nghiêm cấm</h2>" in html
    assert "data-print" in html and "js/page-tools.js" in html and "css/articles.css" in html
    assert '<meta name="DC.date" content="2025-03-15">' in html
    index = client.get("/tuyen-truyen-phap-luat/").content.decode()
    assert 'href="/tuyen-truyen-phap-luat/luat-an-ninh-mang/"' in index
    assert "Luật, văn bản quy phạm pháp luật · Luật An ninh mạng 24/2018/QH14" in index


def test_accreditation_and_universal_pages_render(school_b, portal_client):
    with tenant_context(school_b):
        publish(
            AccreditationIndexPage,
            AccreditationPage(
                title="Kết quả đánh giá ngoài năm 2024",
                slug="danh-gia-ngoai-2024",
                date=datetime.date(2024, 12, 20),
                assessment_year=2024,
                cycle="2020-2025",
                external_assessment_date=datetime.date(2024, 10, 10),
                accreditation_level=2,
                standard_level=1,
                decision_number="1234/QĐ-SGDĐT",
                decision_date=datetime.date(2024, 12, 5),
                issuing_body="Sở Giáo dục và Đào tạo tỉnh Bình Dương",
                valid_until=datetime.date(2029, 12, 5),
            ),
        )
        publish(
            UniversalEducationIndexPage,
            UniversalEducationPage(
                title="Phổ cập giáo dục mầm non cho trẻ 5 tuổi năm 2025",
                slug="pho-cap-2025",
                date=datetime.date(2025, 11, 10),
                year=2025,
                achievement="gdmn5",
                area="phường Phú Hòa",
                population=400,
                achieved=398,
                decision_number="512/QĐ-UBND",
                decision_date=datetime.date(2025, 11, 5),
            ),
        )
    client = portal_client(school_b)
    html = client.get("/kiem-dinh-chat-luong/danh-gia-ngoai-2024/").content.decode()
    assert "<dd>Đạt cấp độ 2</dd>" in html and "<dd>Đạt mức độ 1</dd>" in html
    assert "1234/QĐ-SGDĐT ngày 05/12/2024 của Sở Giáo dục và Đào tạo tỉnh Bình Dương" in html
    assert "<dd>05/12/2029</dd>" in html
    html = client.get("/pho-cap-giao-duc/pho-cap-2025/").content.decode()
    assert "<dd>Phổ cập giáo dục mầm non cho trẻ em 5 tuổi</dd>" in html
    assert "398/400 người đạt chuẩn (99,5%)" in html
    for path in ("/kiem-dinh-chat-luong/", "/pho-cap-giao-duc/"):
        response = client.get(path)
        assert response.status_code == 200 and "Chuyên mục đang được cập nhật" not in response.content.decode()


def test_index_is_paginated_newest_first(school_a, portal_client):
    with tenant_context(school_a):
        for day in range(1, 13):
            publish(
                LegalEducationIndexPage,
                legal(title=f"Bài tuyên truyền số {day}", slug=f"bai-{day}", date=datetime.date(2025, 1, day)),
            )
    client = portal_client(school_a)
    first = client.get("/tuyen-truyen-phap-luat/").content.decode()
    assert "Bài tuyên truyền số 12" in first and "Bài tuyên truyền số 3<" in first
    assert "Bài tuyên truyền số 2<" not in first and "Trang 1/2" in first
    second = client.get("/tuyen-truyen-phap-luat/?page=2").content.decode()
    assert "Bài tuyên truyền số 2<" in second and "Bài tuyên truyền số 1<" in second
    assert client.get("/tuyen-truyen-phap-luat/?page=abc").status_code == 200


def test_articles_of_one_school_never_appear_at_another(school_a, school_b, portal_client):
    with tenant_context(school_a):
        publish(LegalEducationIndexPage, legal(title="Tuyên truyền riêng của Chu Văn An", slug="rieng-cva"))
    b = portal_client(school_b)
    assert b.get("/tuyen-truyen-phap-luat/rieng-cva/").status_code == 404
    assert "Chu Văn An" not in b.get("/tuyen-truyen-phap-luat/").content.decode()
    own = portal_client(school_a).get("/tuyen-truyen-phap-luat/").content.decode()
    assert "Tuyên truyền riêng của Chu Văn An" in own


def test_text_is_nfc_and_numbers_canonical_on_save(school_a):
    nfd = unicodedata.normalize("NFD", "Tuyên truyền Luật Phòng, chống ma túy")
    with tenant_context(school_a):
        nfd_law = unicodedata.normalize("NFD", "Luật Phòng, chống ma túy")
        page = publish(
            LegalEducationIndexPage,
            legal(
                title=nfd,
                slug="ma-tuy",
                document_number="73/2021/qh14",
                document_title=nfd_law,
                document_date=datetime.date(2021, 3, 30),
            ),
        )
        page.full_clean()
        page.save()
        page.refresh_from_db()
        assert page.title == "Tuyên truyền Luật Phòng, chống ma túy"
        assert unicodedata.is_normalized("NFC", page.document_title)
        assert page.document_number == "73/2021/QH14"


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"decision_number": "1234/QĐ-SGDĐT", "decision_date": None}, "decision_date", "ngày ký quyết định"),
        (
            {"decision_number": "05/2023/QĐ-UBND", "decision_date": datetime.date(2024, 1, 5)},
            "decision_number",
            "không khớp",
        ),
        ({"cycle": "2020-2025", "assessment_year": 2019}, "assessment_year", "nằm ngoài chu kỳ"),
        ({"cycle": "năm 2020"}, "cycle", "YYYY-YYYY"),
        ({"assessment_year": 20245}, "assessment_year", "4 chữ số"),
    ],
)
def test_accreditation_validation(school_a, fields, field, message):
    values = {"title": "Kiểm định", "slug": "kiem-dinh-thu", "assessment_year": 2024}
    values.update(fields)
    with tenant_context(school_a):
        page = AccreditationPage(**values)
        with pytest.raises(ValidationError) as error:
            AccreditationIndexPage.objects.get().add_child(instance=page)  # Page.save() runs full_clean()
        assert not AccreditationPage.objects.filter(slug="kiem-dinh-thu").exists()
    assert any(message in text for text in error.value.message_dict[field])


def test_universal_education_counts_and_decision_year(school_a):
    with tenant_context(school_a):
        page = UniversalEducationPage(
            title="Phổ cập",
            slug="pho-cap-thu",
            year=2025,
            achievement="xmc2",
            population=100,
            achieved=120,
            decision_number="12/QĐ-UBND",
            decision_date=datetime.date(2024, 12, 1),
        )
        with pytest.raises(ValidationError) as error:
            UniversalEducationIndexPage.objects.get().add_child(instance=page)
    assert "không được lớn hơn số người trong độ tuổi" in error.value.message_dict["achieved"][0]
    assert "không thể ký trước năm được công nhận" in error.value.message_dict["decision_date"][0]
